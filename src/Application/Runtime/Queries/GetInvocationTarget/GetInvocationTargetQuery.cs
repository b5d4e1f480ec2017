using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetInvocationTarget;

/// <summary>
/// What invoking a function needs to know about it: whether it may run, its key and its active version; null when the
/// function does not exist. Cached until the function, one of its versions or its project changes.
/// </summary>
public sealed record GetInvocationTargetQuery(Guid FunctionId) : IRequest<InvocationTargetDto?>, ICachedQuery<InvocationTargetDto?>
{
    public string CacheKey => FunctionId.ToString();

    public IEnumerable<CacheTag> TagsFor(InvocationTargetDto? response)
    {
        yield return CacheTags.Function(FunctionId);
        yield return CacheTags.VersionsOfFunction(FunctionId);
        if (response?.ProjectId is { } projectId)
        {
            yield return CacheTags.Project(projectId);
        }
    }
}
