namespace Invoke.Application.Runtime.Queries.GetProjectGateway;

/// <param name="Cors">Null for routes the original platform created without settings.</param>
/// <param name="AuthMethods">In the order the gateway tries them.</param>
public sealed record GatewayRouteDto(
    Guid RouteId,
    string RoutePath,
    Guid? FunctionId,
    IReadOnlyList<string> AllowedMethods,
    string AuthLogic,
    GatewayCorsDto? Cors,
    IReadOnlyList<GatewayAuthMethodDto> AuthMethods);
