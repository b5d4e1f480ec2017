using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

/// <summary>
/// The environment variables a function runs with (name → value), read on every invocation. Cached until one of that
/// function's variables changes.
/// </summary>
public sealed record GetFunctionEnvironmentQuery(Guid FunctionId) : IRequest<IReadOnlyDictionary<string, string>>,
    ICachedQuery<IReadOnlyDictionary<string, string>>
{
    public string CacheKey => FunctionId.ToString();

    public IEnumerable<CacheTag> TagsFor(IReadOnlyDictionary<string, string> response) =>
        [CacheTags.EnvironmentOfFunction(FunctionId)];
}
