namespace Invoke.Domain.ApiGateway;

/// <summary>Links a route to one of its auth methods, in the order the gateway tries them.</summary>
public sealed class ApiGatewayRouteAuthMethod
{
    private ApiGatewayRouteAuthMethod()
    {
    }

    public Guid RouteId { get; private set; }

    public Guid AuthMethodId { get; private set; }

    public int SortOrder { get; private set; }

    internal static ApiGatewayRouteAuthMethod Create(Guid routeId, Guid authMethodId, int sortOrder) =>
        new() { RouteId = routeId, AuthMethodId = authMethodId, SortOrder = sortOrder };

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
