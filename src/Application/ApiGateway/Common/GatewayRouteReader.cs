using Invoke.Application.Common.Interfaces;
using Invoke.Application.Runtime.Queries.GetGatewayRoutes;
using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>Routes as the admin API shows them: matching order, CORS defaults for routes without settings, auth methods by link order.</summary>
public static class GatewayRouteReader
{
    public static async Task<IReadOnlyList<RouteDto>> ReadRoutesAsync(
        this IApplicationDbContext db, Guid configId, Guid? routeId, CancellationToken cancellationToken)
    {
        var routes = await db.ApiGatewayRoutes
            .AsNoTracking()
            .Include(r => r.Settings)
            .Include(r => r.AuthMethods)
            .Where(r => r.GatewayConfigId == configId && (routeId == null || r.Id == routeId))
            .OrderBy(r => r.SortOrder)
            .ThenBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var functionIds = routes.Where(r => r.FunctionId != null).Select(r => r.FunctionId!.Value).Distinct().ToList();
        var functionNames = await db.Functions
            .AsNoTracking()
            .Where(f => functionIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var methodNames = await db.ApiGatewayAuthMethods
            .AsNoTracking()
            .Where(m => m.GatewayConfigId == configId)
            .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);

        return [.. routes.Select(route => ToDto(route, functionNames, methodNames))];
    }

    private static RouteDto ToDto(
        ApiGatewayRoute route, IReadOnlyDictionary<Guid, string> functionNames, IReadOnlyDictionary<Guid, string> methodNames)
    {
        var links = route.AuthMethods
            .OrderBy(link => link.SortOrder)
            .ThenBy(link => methodNames.GetValueOrDefault(link.AuthMethodId), StringComparer.Ordinal)
            .ToList();
        var cors = route.Settings is { } settings
            ? new GatewayCorsDto(settings.CorsEnabled, settings.CorsAllowedOrigins, settings.CorsAllowedHeaders,
                settings.CorsExposeHeaders, settings.CorsMaxAge, settings.CorsAllowCredentials)
            : new GatewayCorsDto(false, [], [], [], ApiGatewayRouteSettings.DefaultCorsMaxAge, false);
        return new RouteDto(
            route.Id,
            route.RoutePath,
            route.FunctionId,
            route.FunctionId is { } functionId ? functionNames.GetValueOrDefault(functionId) : null,
            route.AllowedMethods,
            route.SortOrder,
            route.IsActive,
            route.CreatedAt,
            route.UpdatedAt,
            cors,
            [.. links.Select(link => link.AuthMethodId)],
            [.. links.Select(link => methodNames.GetValueOrDefault(link.AuthMethodId) ?? "")],
            route.AuthLogic,
            route is { RateLimitRequests: { } requests, RateLimitWindowSeconds: { } window } ? new RouteRateLimitDto(requests, window) : null);
    }
}
