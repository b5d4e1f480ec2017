using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// Drops the whole cache every <see cref="CacheOptions.SafetyFlushInterval"/>, bounding how long a result can
/// outlive a change whose notification was lost without the connection visibly breaking.
/// </summary>
internal sealed class CacheSafetyFlusher(QueryCache cache, IOptions<CacheOptions> options, TimeProvider timeProvider)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SafetyFlushInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                cache.Flush("periodic safety flush");
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
