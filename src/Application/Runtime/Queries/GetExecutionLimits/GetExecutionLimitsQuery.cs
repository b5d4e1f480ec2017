using Invoke.Application.Common.Caching;
using Invoke.Application.Settings;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetExecutionLimits;

/// <summary>
/// The effective limits of a function (its own when enabled, else the platform's defaults, never above the maxima),
/// read on every invocation; the defaults when the function does not exist. Cached until the function or one of the
/// execution settings changes.
/// </summary>
public sealed record GetExecutionLimitsQuery(Guid FunctionId) : IRequest<ExecutionLimitsDto>, ICachedQuery<ExecutionLimitsDto>
{
    public string CacheKey => FunctionId.ToString();

    public IEnumerable<CacheTag> TagsFor(ExecutionLimitsDto response) =>
        [CacheTags.Function(FunctionId), .. GlobalSettingKeys.ExecutionLimits.Select(CacheTags.GlobalSetting)];
}
