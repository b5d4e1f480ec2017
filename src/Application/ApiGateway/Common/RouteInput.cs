namespace Invoke.Application.ApiGateway.Common;

/// <summary>CORS fields of a route write; a missing one keeps its current value (its default on a new route).</summary>
public sealed record RouteCorsInput(
    bool? Enabled,
    IReadOnlyList<string>? AllowedOrigins,
    IReadOnlyList<string>? AllowedHeaders,
    IReadOnlyList<string>? ExposeHeaders,
    int? MaxAge,
    bool? AllowCredentials);

/// <summary>Both null removes the limit.</summary>
public sealed record RouteRateLimitInput(int? Requests, int? WindowSeconds);
