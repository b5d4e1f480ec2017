using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.ApiGateway.Commands.CreateRoute;
using Invoke.Application.ApiGateway.Common;

namespace Invoke.Api.Contracts.Gateway;

/// <summary>The original's camelCase gateway shapes (admin-api.md §8); <c>warnings</c> and <c>rateLimit</c> are Invoke's.</summary>
public sealed record GatewayConfigResponse(
    [property: JsonPropertyName("id")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("customDomain")] string? CustomDomain,
    [property: JsonPropertyName("createdAt")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? CreatedAt,
    [property: JsonPropertyName("updatedAt")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? UpdatedAt)
{
    public static GatewayConfigResponse From(GatewayConfigDto config) =>
        new(config.Id, config.Enabled, config.CustomDomain, config.CreatedAt, config.UpdatedAt);
}

public sealed record AuthMethodResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("config")] JsonElement Config,
    [property: JsonPropertyName("createdAt")] DateTime? CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTime? UpdatedAt,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings)
{
    public static AuthMethodResponse From(AuthMethodDto method)
    {
        using var config = JsonDocument.Parse(method.Config);
        return new(method.Id, method.Name, method.Type, config.RootElement.Clone(), method.CreatedAt, method.UpdatedAt, method.Warnings);
    }
}

public sealed record RouteCorsResponse(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("allowedOrigins")] IReadOnlyList<string> AllowedOrigins,
    [property: JsonPropertyName("allowedHeaders")] IReadOnlyList<string> AllowedHeaders,
    [property: JsonPropertyName("exposeHeaders")] IReadOnlyList<string> ExposeHeaders,
    [property: JsonPropertyName("maxAge")] int MaxAge,
    [property: JsonPropertyName("allowCredentials")] bool AllowCredentials);

public sealed record RouteRateLimitBody(
    [property: JsonPropertyName("requests")] int? Requests,
    [property: JsonPropertyName("windowSeconds")] int? WindowSeconds);

public sealed record RouteResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("routePath")] string RoutePath,
    [property: JsonPropertyName("functionId")] Guid? FunctionId,
    [property: JsonPropertyName("functionName")] string? FunctionName,
    [property: JsonPropertyName("allowedMethods")] IReadOnlyList<string> AllowedMethods,
    [property: JsonPropertyName("sortOrder")] int SortOrder,
    [property: JsonPropertyName("isActive")] bool IsActive,
    [property: JsonPropertyName("createdAt")] DateTime? CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTime? UpdatedAt,
    [property: JsonPropertyName("corsSettings")] RouteCorsResponse CorsSettings,
    [property: JsonPropertyName("authMethodIds")] IReadOnlyList<Guid> AuthMethodIds,
    [property: JsonPropertyName("authMethodNames")] IReadOnlyList<string> AuthMethodNames,
    [property: JsonPropertyName("authLogic")] string AuthLogic,
    [property: JsonPropertyName("rateLimit")] RouteRateLimitBody? RateLimit)
{
    public static RouteResponse From(RouteDto route)
    {
        var cors = route.CorsSettings;
        return new(
            route.Id, route.RoutePath, route.FunctionId, route.FunctionName, route.AllowedMethods, route.SortOrder, route.IsActive,
            route.CreatedAt, route.UpdatedAt,
            new RouteCorsResponse(cors.Enabled, cors.AllowedOrigins, cors.AllowedHeaders, cors.ExposeHeaders, cors.MaxAge, cors.AllowCredentials),
            route.AuthMethodIds, route.AuthMethodNames, route.AuthLogic,
            route.RateLimit is { } limit ? new RouteRateLimitBody(limit.Requests, limit.WindowSeconds) : null);
    }
}

public sealed record CreatedRouteResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("routePath")] string RoutePath,
    [property: JsonPropertyName("functionId")] Guid? FunctionId,
    [property: JsonPropertyName("allowedMethods")] IReadOnlyList<string> AllowedMethods,
    [property: JsonPropertyName("sortOrder")] int SortOrder,
    [property: JsonPropertyName("isActive")] bool IsActive,
    [property: JsonPropertyName("createdAt")] DateTime? CreatedAt)
{
    public static CreatedRouteResponse From(CreatedRouteDto route) =>
        new(route.Id, route.RoutePath, route.FunctionId, route.AllowedMethods, route.SortOrder, route.IsActive, route.CreatedAt);
}
