using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// Serves <see cref="ICachedQuery{TResponse}"/> requests from the <see cref="QueryCache"/>; every other request, and
/// every request while caching is switched off, goes straight to the next step.
/// </summary>
internal sealed class CachingBehaviour<TRequest, TResponse>(QueryCache cache) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICachedQuery<TResponse> query && cache.Enabled
            ? cache.GetOrAddAsync(
                new CacheEntryKey(typeof(TRequest), query.CacheKey), () => next(), query.TagsFor, cancellationToken, query.MaxAge)
            : next();
}
