using System.Text.Json.Serialization;

namespace Invoke.Api.Gateway;

public sealed record GatewayHealthResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("cache")] GatewayCacheResponse Cache);

/// <param name="ProjectCount">Projects reachable by slug, as the original counts them.</param>
/// <param name="Compilations">How often the routing table was compiled since start (once per configuration change).</param>
public sealed record GatewayCacheResponse(
    [property: JsonPropertyName("lastRefreshed")] DateTime? LastRefreshed,
    [property: JsonPropertyName("projectCount")] int ProjectCount,
    [property: JsonPropertyName("customDomainCount")] int CustomDomainCount,
    [property: JsonPropertyName("routeCount")] int RouteCount,
    [property: JsonPropertyName("skippedRoutes")] int SkippedRoutes,
    [property: JsonPropertyName("compilations")] long Compilations);
