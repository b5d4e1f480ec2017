using System.Text.Json.Serialization;

namespace Invoke.Application.Metrics.Queries.GetCacheMetrics;

/// <param name="Serving">False while the listener is disconnected: queries then bypass the cache.</param>
public sealed record CacheMetricsDto(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("serving")] bool Serving,
    [property: JsonPropertyName("entries")] int Entries,
    [property: JsonPropertyName("notifications")] long Notifications,
    [property: JsonPropertyName("notificationsByTable")] IReadOnlyDictionary<string, long> NotificationsByTable,
    [property: JsonPropertyName("coalescedNotifications")] long CoalescedNotifications,
    [property: JsonPropertyName("flushes")] long Flushes,
    [property: JsonPropertyName("queries")] IReadOnlyDictionary<string, QueryCacheMetricsDto> Queries);
