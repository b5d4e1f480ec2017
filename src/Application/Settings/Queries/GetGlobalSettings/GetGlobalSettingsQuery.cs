using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

/// <summary>Every global setting by key. Cached until any setting changes.</summary>
public sealed record GetGlobalSettingsQuery : IRequest<IReadOnlyDictionary<string, GlobalSettingDto>>,
    ICachedQuery<IReadOnlyDictionary<string, GlobalSettingDto>>
{
    public string CacheKey => string.Empty;

    public IEnumerable<CacheTag> TagsFor(IReadOnlyDictionary<string, GlobalSettingDto> response) => [CacheTags.GlobalSettings];
}
