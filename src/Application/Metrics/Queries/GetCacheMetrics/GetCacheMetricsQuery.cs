using MediatR;

namespace Invoke.Application.Metrics.Queries.GetCacheMetrics;

/// <summary>What the query cache of this API instance has done since it started (<c>GET /api/metrics/cache</c>).</summary>
public sealed record GetCacheMetricsQuery : IRequest<CacheMetricsDto>;
