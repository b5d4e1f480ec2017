using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// Drops the whole cache every <see cref="CacheOptions.SafetyFlushInterval"/>, bounding how long a result can
/// outlive a change whose notification was lost without the connection visibly breaking.
/// </summary>
internal sealed class CacheSafetyFlusher(QueryCache cache, IOptions<CacheOptions> options, TimeProvider timeProvider)
    : IHostedService, IDisposable
{
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.SafetyFlushInterval;
        if (options.Value.Enabled)
        {
            _timer = timeProvider.CreateTimer(_ => cache.Flush("periodic safety flush"), null, interval, interval);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}
