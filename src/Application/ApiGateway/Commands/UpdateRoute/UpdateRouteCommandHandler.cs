using Invoke.Application.ApiGateway.Common;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.UpdateRoute;

public sealed class UpdateRouteCommandHandler(IApplicationDbContext db, IProjectAccess access)
    : IRequestHandler<UpdateRouteCommand, Unit>
{
    public async Task<Unit> Handle(UpdateRouteCommand request, CancellationToken cancellationToken)
    {
        var projectId = await access.EnsureReachableAsync(db, request.ProjectId, cancellationToken);
        var route = await db.FindRouteAsync(projectId, request.Id, cancellationToken);
        var functionId = request.FunctionIdGiven
            ? await db.FunctionOfProjectAsync(request.FunctionId, projectId, cancellationToken)
            : route.FunctionId;
        await db.EnsureAuthMethodsOfConfigAsync(request.AuthMethodIds, route.GatewayConfigId, cancellationToken);
        if (request.RoutePath is { } path)
        {
            await db.EnsureUniquePathAsync(route.GatewayConfigId, path, route.Id, cancellationToken);
        }

        route.Update(
            request.RoutePath ?? route.RoutePath,
            functionId,
            request.AllowedMethods ?? route.AllowedMethods,
            request.IsActive ?? route.IsActive,
            request.AuthLogic is null ? route.AuthLogic : RouteWrites.AuthLogicOf(request.AuthLogic));
        route.ApplyCors(request.CorsSettings);
        if (request.AuthMethodIds is { } methods)
        {
            route.SetAuthMethods(methods);
        }

        if (request.RateLimit is { } limit)
        {
            route.LimitRate(limit.Requests, limit.WindowSeconds);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
