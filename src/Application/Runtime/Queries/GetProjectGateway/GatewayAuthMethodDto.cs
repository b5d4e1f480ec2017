namespace Invoke.Application.Runtime.Queries.GetProjectGateway;

/// <param name="Config">The type's settings as a JSON object.</param>
public sealed record GatewayAuthMethodDto(Guid AuthMethodId, string Type, string Config);
