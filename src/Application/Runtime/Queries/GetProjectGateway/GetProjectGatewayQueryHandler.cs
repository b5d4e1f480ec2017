using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetProjectGateway;

public sealed class GetProjectGatewayQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetProjectGatewayQuery, ProjectGatewayDto?>
{
    public async Task<ProjectGatewayDto?> Handle(GetProjectGatewayQuery request, CancellationToken cancellationToken)
    {
        var gateway = await context.ApiGatewayConfigs
            .AsNoTracking()
            .Where(c => c.ProjectId == request.ProjectId)
            .Join(context.Projects, c => c.ProjectId, p => p.Id, (c, p) => new
            {
                c.Id,
                p.Slug,
                ProjectActive = p.IsActive == true,
                c.Enabled,
                c.CustomDomain,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (gateway is null)
        {
            return null;
        }

        var methods = await context.ApiGatewayAuthMethods
            .AsNoTracking()
            .Where(m => m.GatewayConfigId == gateway.Id)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new GatewayAuthMethodDto(m.Id, m.Type, m.Config))
            .ToListAsync(cancellationToken);
        var methodOrder = methods.Select((method, position) => (method.AuthMethodId, position))
            .ToDictionary(pair => pair.AuthMethodId, pair => pair.position);

        var routes = await context.ApiGatewayRoutes
            .AsNoTracking()
            .Where(r => r.GatewayConfigId == gateway.Id && r.IsActive)
            .OrderBy(r => r.SortOrder)
            .ThenBy(r => r.CreatedAt)
            .Select(r => new
            {
                r.Id,
                r.RoutePath,
                r.FunctionId,
                r.AllowedMethods,
                r.AuthLogic,
                r.Settings,
                Links = r.AuthMethods.Select(link => new { link.AuthMethodId, link.SortOrder }).ToList(),
            })
            .ToListAsync(cancellationToken);

        return new ProjectGatewayDto(
            gateway.Id,
            request.ProjectId,
            gateway.Slug,
            gateway.ProjectActive,
            gateway.Enabled,
            gateway.CustomDomain,
            [.. routes.Select(route => new GatewayRouteDto(
                route.Id,
                route.RoutePath,
                route.FunctionId,
                route.AllowedMethods,
                route.AuthLogic,
                route.Settings is { } cors
                    ? new GatewayCorsDto(cors.CorsEnabled, cors.CorsAllowedOrigins, cors.CorsAllowedHeaders, cors.CorsExposeHeaders, cors.CorsMaxAge, cors.CorsAllowCredentials)
                    : null,
                [.. route.Links
                    .OrderBy(link => link.SortOrder)
                    .ThenBy(link => methodOrder.GetValueOrDefault(link.AuthMethodId))
                    .Select(link => methods[methodOrder[link.AuthMethodId]])]))]);
    }
}
