using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.Logging;

namespace Invoke.Infrastructure.Caching;

/// <summary>Turns what the listener reports into evictions, flushes and bypass of the <see cref="QueryCache"/>.</summary>
internal sealed class CacheInvalidator(QueryCache cache, ILogger<CacheInvalidator> logger) : INotificationObserver
{
    public void Listening() => cache.Resume("listener connected");

    public void Disconnected(string reason) => cache.Suspend(reason);

    public void Received(string channel, string payload)
    {
        if (InvalidationPayload.Parse(payload) is { } changed)
        {
            cache.Invalidate(changed);
            return;
        }

        logger.LogWarning("Unreadable notification on {Channel}: {Payload}", channel, payload);
        cache.Flush($"unreadable notification on {channel}");
    }
}
