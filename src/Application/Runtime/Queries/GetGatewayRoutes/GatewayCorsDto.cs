namespace Invoke.Application.Runtime.Queries.GetGatewayRoutes;

public sealed record GatewayCorsDto(
    bool Enabled,
    IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<string> AllowedHeaders,
    IReadOnlyList<string> ExposeHeaders,
    int MaxAge,
    bool AllowCredentials);
