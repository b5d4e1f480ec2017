using System.Collections.Concurrent;
using Invoke.Application.Runtime.Queries.GetGatewayRoutes;
using MediatR;

namespace Invoke.Api.Gateway;

/// <summary>
/// Holds the compiled <see cref="GatewayRoutingTable"/>. Each request asks the query cache for the routes (a hit costs
/// no database work); a different result instance means a notification evicted the old one, and the table is compiled
/// again from it. So a deleted route is never served once its notification arrived, and nothing is compiled per request.
/// Rate limiters outlive recompilations as long as their route keeps the same limit.
/// </summary>
internal sealed class GatewayRouter(TimeProvider time, ILogger<GatewayRouter> logger)
{
    private readonly ConcurrentDictionary<Guid, GatewayRateLimiter> _limiters = new();
    private readonly Lock _compileGate = new();
    private volatile GatewayRoutingTable? _table;
    private long _compilations;

    public DateTime? LastRefreshed { get; private set; }

    public long Compilations => Interlocked.Read(ref _compilations);

    public GatewayRoutingTable? Current => _table;

    public async ValueTask<GatewayRoutingTable> TableAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        var source = await mediator.Send(new GetGatewayRoutesQuery(), cancellationToken);
        var table = _table;
        return table is not null && ReferenceEquals(table.Source, source) ? table : Compile(source);
    }

    private GatewayRoutingTable Compile(GatewayRoutesDto source)
    {
        lock (_compileGate)
        {
            if (_table is { } current && ReferenceEquals(current.Source, source))
            {
                return current;
            }

            var table = GatewayRoutingTable.Compile(source, LimiterFor);
            var live = source.Projects.SelectMany(p => p.Routes).Select(r => r.RouteId).ToHashSet();
            foreach (var gone in _limiters.Keys.Where(id => !live.Contains(id)))
            {
                _limiters.TryRemove(gone, out _);
            }

            foreach (var skipped in table.Skipped)
            {
                logger.LogWarning("Gateway route skipped, its path does not compile: {Route}", skipped);
            }

            _table = table;
            LastRefreshed = time.GetUtcNow().UtcDateTime;
            Interlocked.Increment(ref _compilations);
            return table;
        }
    }

    private GatewayRateLimiter? LimiterFor(GatewayRouteDto route)
    {
        // Replaced limiters are left to the collector: requests that matched with the previous table may still use them.
        if (route.RateLimit is not { } limit)
        {
            _limiters.TryRemove(route.RouteId, out _);
            return null;
        }

        var limiter = _limiters.GetOrAdd(route.RouteId, _ => new GatewayRateLimiter(limit.Requests, limit.WindowSeconds));
        if (limiter.Requests == limit.Requests && limiter.WindowSeconds == limit.WindowSeconds)
        {
            return limiter;
        }

        return _limiters[route.RouteId] = new GatewayRateLimiter(limit.Requests, limit.WindowSeconds);
    }
}
