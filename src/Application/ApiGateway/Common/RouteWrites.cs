using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>The rules route writes share: ownership, references to the project's own rows, unique paths.</summary>
public static class RouteWrites
{
    public const string NotFoundMessage = "Route not found";
    public const string RoutePathRequiredMessage = "routePath is required";
    public const string DuplicatePathMessage = "A route with this path already exists in this project";

    /// <summary>The route of the project's gateway with its settings and links, tracked; 404 for any other id.</summary>
    public static async Task<ApiGatewayRoute> FindRouteAsync(
        this IApplicationDbContext db, Guid projectId, Guid id, CancellationToken cancellationToken) =>
        await db.ApiGatewayRoutes
            .Include(r => r.Settings)
            .Include(r => r.AuthMethods)
            .Where(r => r.Id == id && db.ApiGatewayConfigs.Any(c => c.Id == r.GatewayConfigId && c.ProjectId == projectId))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(NotFoundMessage);

    /// <summary>Blank or missing means no function; anything else must name a function of the project.</summary>
    public static async Task<Guid?> FunctionOfProjectAsync(
        this IApplicationDbContext db, string? functionId, Guid projectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(functionId))
        {
            return null;
        }

        if (!Guid.TryParse(functionId, out var id))
        {
            throw new BadRequestException(GatewayReferences.FunctionOfOtherProjectMessage, "functionId");
        }

        await db.EnsureFunctionOfProjectAsync(id, projectId, cancellationToken);
        return id;
    }

    /// <summary>The original's normalisation: exactly <c>and</c> is AND, anything else OR.</summary>
    public static string AuthLogicOf(string? authLogic) => authLogic == RouteAuthLogic.And ? RouteAuthLogic.And : RouteAuthLogic.Or;

    public static async Task EnsureUniquePathAsync(
        this IApplicationDbContext db, Guid configId, string routePath, Guid? exceptId, CancellationToken cancellationToken)
    {
        var path = routePath.Trim();
        if (await db.ApiGatewayRoutes.AnyAsync(
                r => r.GatewayConfigId == configId && r.RoutePath == path && r.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(DuplicatePathMessage);
        }
    }

    /// <summary>Applies the given CORS fields over the route's current ones.</summary>
    public static void ApplyCors(this ApiGatewayRoute route, RouteCorsInput? cors)
    {
        if (cors is null)
        {
            return;
        }

        var current = route.Settings;
        route.ConfigureCors(
            cors.Enabled ?? current?.CorsEnabled ?? false,
            cors.AllowedOrigins ?? current?.CorsAllowedOrigins ?? [],
            cors.AllowedHeaders ?? current?.CorsAllowedHeaders ?? [],
            cors.ExposeHeaders ?? current?.CorsExposeHeaders ?? [],
            cors.MaxAge ?? current?.CorsMaxAge ?? ApiGatewayRouteSettings.DefaultCorsMaxAge,
            cors.AllowCredentials ?? current?.CorsAllowCredentials ?? false);
    }
}
