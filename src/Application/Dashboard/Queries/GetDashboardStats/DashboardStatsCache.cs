using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Dashboard.Queries.GetDashboardStats;

/// <summary>
/// The statistics of each scope (all projects, one project, one user's projects), kept for
/// <see cref="DashboardOptions.StatsCacheSeconds"/>. Twenty-four-hour figures a few seconds old tell the dashboard
/// the same story, and every dashboard poll no longer scans the last day's logs (docs/adr/0020). Access is checked
/// before the cache is read, so it never widens what a caller sees. One entry per scope, replaced when stale.
/// </summary>
public sealed class DashboardStatsCache(TimeProvider timeProvider, IOptions<DashboardOptions> options)
{
    private readonly ConcurrentDictionary<string, (DashboardStatsDto Stats, DateTimeOffset ExpiresAt)> _entries = new(StringComparer.Ordinal);

    public async Task<DashboardStatsDto> GetOrComputeAsync(string scopeKey, Func<Task<DashboardStatsDto>> compute)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.StatsCacheSeconds);
        if (lifetime <= TimeSpan.Zero)
        {
            return await compute();
        }

        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(scopeKey, out var entry) && entry.ExpiresAt > now)
        {
            return entry.Stats;
        }

        // Requests that miss together each compute: a stale scope costs at most one query per concurrent request,
        // and no request waits on another one's database work or cancellation.
        var stats = await compute();
        _entries[scopeKey] = (stats, now + lifetime);
        return stats;
    }
}
