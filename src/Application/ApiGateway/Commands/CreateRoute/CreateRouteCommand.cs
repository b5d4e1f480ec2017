using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.CreateRoute;

/// <summary>Appends a route after the project's last one, with its CORS settings and auth methods, in one save.</summary>
/// <param name="FunctionId">A function of the project; blank for none.</param>
/// <param name="AllowedMethods">Defaults to GET and POST.</param>
public sealed record CreateRouteCommand(
    Guid? ProjectId,
    string? RoutePath,
    string? FunctionId,
    IReadOnlyList<string>? AllowedMethods,
    RouteCorsInput? CorsSettings,
    IReadOnlyList<Guid>? AuthMethodIds,
    string? AuthLogic,
    RouteRateLimitInput? RateLimit) : IRequest<CreatedRouteDto>;

public sealed record CreatedRouteDto(
    Guid Id, string RoutePath, Guid? FunctionId, IReadOnlyList<string> AllowedMethods, int SortOrder, bool IsActive, DateTime? CreatedAt);
