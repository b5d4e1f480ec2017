using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

/// <summary>
/// The environment variables a function runs with, its own over its project's, read on every invocation; empty for a
/// function that does not exist. Cached until the function, one of its variables or one of its project's changes.
/// </summary>
public sealed record GetFunctionEnvironmentQuery(Guid FunctionId) : IRequest<FunctionEnvironmentDto>,
    ICachedQuery<FunctionEnvironmentDto>
{
    public string CacheKey => FunctionId.ToString();

    public IEnumerable<CacheTag> TagsFor(FunctionEnvironmentDto response)
    {
        yield return CacheTags.Function(FunctionId);
        yield return CacheTags.EnvironmentOfFunction(FunctionId);
        if (response.ProjectId is { } projectId)
        {
            yield return CacheTags.EnvironmentOfProject(projectId);
        }
    }
}
