namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

/// <param name="Name">Passed to the function as the identity of an API key or middleware caller.</param>
/// <param name="Config">The type's settings as a JSON object.</param>
public sealed record GatewayAuthMethodDto(Guid AuthMethodId, string Name, string Type, string Config);
