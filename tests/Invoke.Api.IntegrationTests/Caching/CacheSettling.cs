using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// Waits until the API's cache has received every notification of the changes committed so far. A request that writes
/// through the API waits for this itself (docs/adr/0022); a test that changes the database another way and reads
/// through the API at once would otherwise race the listener by a fraction of a millisecond.
/// </summary>
public static class CacheSettling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task SettleCacheAsync(this InvokeApiFactory factory)
    {
        var statistics = factory.Services.GetRequiredService<ICacheStatistics>();
        if (!statistics.Capture().Serving)
        {
            return;
        }

        var synced = await factory.Services.GetRequiredService<INotificationSync>().SyncAsync(Patience, CancellationToken.None);

        // A listener that disconnected meanwhile makes the cache read the database, which is settled too.
        Assert.True(synced || !statistics.Capture().Serving, "The cache never caught up with the database.");
    }

    /// <summary>Waits until the API's listener is connected, so that its cache serves (it does not during startup).</summary>
    public static async Task WaitUntilCacheServesAsync(this InvokeApiFactory factory)
    {
        var statistics = factory.Services.GetRequiredService<ICacheStatistics>();
        var deadline = DateTime.UtcNow + Patience;
        while (!statistics.Capture().Serving)
        {
            Assert.True(DateTime.UtcNow < deadline, "The cache never started serving.");
            await Task.Delay(5);
        }
    }
}
