using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

/// <summary>The global settings by key, cached until any setting changes.</summary>
/// <param name="IncludeAdministrative">
/// True for admins: retention defaults and the KV quota too. Part of the request (not read from the caller inside the
/// handler) and of the cache key, so that a cached answer can never reach a caller of the other kind.
/// </param>
public sealed record GetGlobalSettingsQuery(bool IncludeAdministrative)
    : IRequest<IReadOnlyDictionary<string, GlobalSettingDto>>, ICachedQuery<IReadOnlyDictionary<string, GlobalSettingDto>>
{
    public string CacheKey => IncludeAdministrative ? "administrative" : "public";

    public IEnumerable<CacheTag> TagsFor(IReadOnlyDictionary<string, GlobalSettingDto> response) => [CacheTags.GlobalSettings];
}
