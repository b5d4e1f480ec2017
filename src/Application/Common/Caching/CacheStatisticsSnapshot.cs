namespace Invoke.Application.Common.Caching;

/// <param name="Enabled">False when caching is switched off by configuration.</param>
/// <param name="Serving">True while the listener is connected, so results are served from and stored in the cache.</param>
/// <param name="NotificationsByTable">Notifications received, by the table they reported a change of.</param>
/// <param name="Queries">Counters per query type name.</param>
public sealed record CacheStatisticsSnapshot(
    bool Enabled,
    bool Serving,
    int Entries,
    long Notifications,
    IReadOnlyDictionary<string, long> NotificationsByTable,
    long CoalescedNotifications,
    long Flushes,
    IReadOnlyDictionary<string, QueryCacheCounters> Queries);
