using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Metrics.Queries.GetCacheMetrics;

public sealed class GetCacheMetricsQueryHandler(ICacheStatistics statistics) : IRequestHandler<GetCacheMetricsQuery, CacheMetricsDto>
{
    public Task<CacheMetricsDto> Handle(GetCacheMetricsQuery request, CancellationToken cancellationToken)
    {
        var snapshot = statistics.Capture();
        return Task.FromResult(new CacheMetricsDto(
            snapshot.Enabled,
            snapshot.Serving,
            snapshot.Entries,
            snapshot.Notifications,
            new SortedDictionary<string, long>(snapshot.NotificationsByTable.ToDictionary(), StringComparer.Ordinal),
            snapshot.CoalescedNotifications,
            snapshot.Flushes,
            new SortedDictionary<string, QueryCacheMetricsDto>(
                snapshot.Queries.ToDictionary(query => query.Key, query => Metrics(query.Value)), StringComparer.Ordinal)));
    }

    private static QueryCacheMetricsDto Metrics(QueryCacheCounters counters)
    {
        var lookups = counters.Hits + counters.Misses;
        return new QueryCacheMetricsDto(
            counters.Hits,
            counters.Misses,
            counters.Evictions,
            counters.Bypasses,
            lookups == 0 ? null : Math.Round((double)counters.Hits / lookups, 4));
    }
}
