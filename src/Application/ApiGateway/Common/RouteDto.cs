using Invoke.Application.Runtime.Queries.GetGatewayRoutes;

namespace Invoke.Application.ApiGateway.Common;

/// <param name="Requests">Requests allowed per window and client.</param>
public sealed record RouteRateLimitDto(int Requests, int WindowSeconds);

/// <param name="AuthMethodIds">In the order the gateway tries them; <see cref="AuthMethodNames"/> in the same order.</param>
/// <param name="RateLimit">Null: unlimited.</param>
public sealed record RouteDto(
    Guid Id,
    string RoutePath,
    Guid? FunctionId,
    string? FunctionName,
    IReadOnlyList<string> AllowedMethods,
    int SortOrder,
    bool IsActive,
    DateTime? CreatedAt,
    DateTime? UpdatedAt,
    GatewayCorsDto CorsSettings,
    IReadOnlyList<Guid> AuthMethodIds,
    IReadOnlyList<string> AuthMethodNames,
    string AuthLogic,
    RouteRateLimitDto? RateLimit);
