using Invoke.Infrastructure.Notifications;
using Invoke.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// After a request that wrote to the database, waits until this instance's cache has seen the notifications of that
/// write, so that the caller's next request here cannot be served a result from before it (docs/adr/0022). Requests that
/// wrote nothing pass straight through; the wait is bounded and never fails the request.
/// </summary>
/// <remarks>
/// The tracker is emptied by each wait, so a request sent from inside another waits for its own writes and the outer one
/// waits again only if it wrote after that.
/// </remarks>
internal sealed class ReadYourWritesBehaviour<TRequest, TResponse>(
    WriteTracker writes, QueryCache cache, INotificationSync sync, IOptions<CacheOptions> options)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        finally
        {
            // Also after a failure: a handler may have committed before it threw. While the cache does not serve, every
            // cached query reads the database, and the flush on reconnecting drops whatever predates it.
            if (writes.TakeWritten() && cache.Serving && options.Value.SyncTimeout > TimeSpan.Zero)
            {
                await sync.SyncAsync(options.Value.SyncTimeout, cancellationToken);
            }
        }
    }
}
