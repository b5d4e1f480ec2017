using Invoke.Application.Common.Interfaces;
using Invoke.Application.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

public sealed class GetGatewayRoutesQueryHandler(IApplicationDbContext db) : IRequestHandler<GetGatewayRoutesQuery, GatewayRoutesDto>
{
    public async Task<GatewayRoutesDto> Handle(GetGatewayRoutesQuery request, CancellationToken cancellationToken)
    {
        var projects = await db.ApiGatewayConfigs
            .AsNoTracking()
            .Where(c => c.Enabled && db.Projects.Any(p => p.Id == c.ProjectId && p.IsActive == true))
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.ProjectId,
                Slug = db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Slug).FirstOrDefault(),
                c.CustomDomain,
                Routes = db.ApiGatewayRoutes
                    .Where(r => r.GatewayConfigId == c.Id && r.IsActive
                        && (r.FunctionId == null
                            || db.Functions.Any(f => f.Id == r.FunctionId && f.IsActive == true && f.ProjectId == c.ProjectId)))
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
                        r.RateLimitRequests,
                        r.RateLimitWindowSeconds,
                        Methods = r.AuthMethods
                            .Join(db.ApiGatewayAuthMethods, link => link.AuthMethodId, m => m.Id, (link, m) => new
                            {
                                link.SortOrder,
                                m.CreatedAt,
                                Method = new GatewayAuthMethodDto(m.Id, m.Name, m.Type, m.Config),
                            })
                            .OrderBy(x => x.SortOrder)
                            .ThenBy(x => x.CreatedAt)
                            .Select(x => x.Method)
                            .ToList(),
                    })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var domain = await db.GlobalSettings
            .AsNoTracking()
            .Where(s => s.SettingKey == GlobalSettingKeys.ApiGatewayDomain)
            .Select(s => s.SettingValue)
            .FirstOrDefaultAsync(cancellationToken);

        return new GatewayRoutesDto(
            domain ?? "",
            [.. projects.Select(project => new GatewayProjectDto(
                project.ProjectId,
                project.Slug,
                project.CustomDomain,
                [.. project.Routes.Select(route => new GatewayRouteDto(
                    route.Id,
                    route.RoutePath,
                    route.FunctionId,
                    route.AllowedMethods,
                    route.AuthLogic,
                    route.Settings is { } cors
                        ? new GatewayCorsDto(cors.CorsEnabled, cors.CorsAllowedOrigins, cors.CorsAllowedHeaders, cors.CorsExposeHeaders, cors.CorsMaxAge, cors.CorsAllowCredentials)
                        : null,
                    route.Methods,
                    route is { RateLimitRequests: { } requests, RateLimitWindowSeconds: { } window } ? new GatewayRateLimitDto(requests, window) : null))]))]);
    }
}
