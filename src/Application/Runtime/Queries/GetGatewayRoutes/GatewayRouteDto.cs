namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

/// <param name="FunctionId">Null when the function was deleted (the route answers 502).</param>
/// <param name="Cors">Null for routes the original platform created without settings.</param>
/// <param name="AuthMethods">In the order the gateway tries them.</param>
/// <param name="RateLimit">Null: unlimited.</param>
public sealed record GatewayRouteDto(
    Guid RouteId,
    string RoutePath,
    Guid? FunctionId,
    IReadOnlyList<string> AllowedMethods,
    string AuthLogic,
    GatewayCorsDto? Cors,
    IReadOnlyList<GatewayAuthMethodDto> AuthMethods,
    GatewayRateLimitDto? RateLimit);

public sealed record GatewayRateLimitDto(int Requests, int WindowSeconds);
