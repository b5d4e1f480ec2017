using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiGateway;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Commands.CreateRoute;

public sealed class CreateRouteCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<CreateRouteCommand, CreatedRouteDto>
{
    public async Task<CreatedRouteDto> Handle(CreateRouteCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.RoutePath))
        {
            throw new BadRequestException(RouteWrites.RoutePathRequiredMessage, "routePath");
        }

        var functionId = await db.FunctionOfProjectAsync(request.FunctionId, projectId, cancellationToken);
        var config = await db.FindOrAddConfigAsync(projectId, cancellationToken);
        await db.EnsureAuthMethodsOfConfigAsync(request.AuthMethodIds, config.Id, cancellationToken);
        await db.EnsureUniquePathAsync(config.Id, request.RoutePath, null, cancellationToken);

        var last = await db.ApiGatewayRoutes.Where(r => r.GatewayConfigId == config.Id).MaxAsync(r => (int?)r.SortOrder, cancellationToken);
        var route = ApiGatewayRoute.Create(
            config.Id, request.RoutePath, functionId, last + 1 ?? 0, request.AllowedMethods, RouteWrites.AuthLogicOf(request.AuthLogic));
        route.ApplyCors(request.CorsSettings);
        route.SetAuthMethods(request.AuthMethodIds ?? []);
        if (request.RateLimit is { } limit)
        {
            route.LimitRate(limit.Requests, limit.WindowSeconds);
        }

        db.ApiGatewayRoutes.Add(route);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedRouteDto(route.Id, route.RoutePath, route.FunctionId, route.AllowedMethods, route.SortOrder, route.IsActive, route.CreatedAt);
    }
}
