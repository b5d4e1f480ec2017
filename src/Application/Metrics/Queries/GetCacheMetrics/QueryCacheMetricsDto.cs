using System.Text.Json.Serialization;

namespace Invoke.Application.Metrics.Queries.GetCacheMetrics;

/// <param name="HitRatio">Hits over hits and misses; null before the first of either.</param>
public sealed record QueryCacheMetricsDto(
    [property: JsonPropertyName("hits")] long Hits,
    [property: JsonPropertyName("misses")] long Misses,
    [property: JsonPropertyName("evictions")] long Evictions,
    [property: JsonPropertyName("bypasses")] long Bypasses,
    [property: JsonPropertyName("hitRatio")] double? HitRatio);
