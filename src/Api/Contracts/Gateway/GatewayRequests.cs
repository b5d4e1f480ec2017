using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.ApiGateway.Commands.CreateAuthMethod;
using Invoke.Application.ApiGateway.Commands.CreateRoute;
using Invoke.Application.ApiGateway.Commands.ReorderRoutes;
using Invoke.Application.ApiGateway.Commands.UpdateAuthMethod;
using Invoke.Application.ApiGateway.Commands.UpdateGatewayConfig;
using Invoke.Application.ApiGateway.Commands.UpdateRoute;
using Invoke.Application.ApiGateway.Common;

namespace Invoke.Api.Contracts.Gateway;

public sealed record UpdateGatewayConfigRequest(
    [property: JsonPropertyName("enabled")] bool? Enabled,
    [property: JsonPropertyName("customDomain")] string? CustomDomain)
{
    public UpdateGatewayConfigCommand ToCommand(Guid? projectId) => new(projectId, Enabled, CustomDomain);
}

/// <param name="Config">Any JSON; the command checks its shape.</param>
public sealed record AuthMethodRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("config")] JsonElement Config)
{
    private string? ConfigText => Config.ValueKind == JsonValueKind.Undefined ? null : Config.GetRawText();

    public CreateAuthMethodCommand ToCommand(Guid? projectId) => new(projectId, Name, Type, ConfigText);

    public UpdateAuthMethodCommand ToUpdateCommand(Guid? projectId, Guid id) => new(projectId, id, Name, Type, ConfigText);
}

public sealed record RouteCorsRequest(
    [property: JsonPropertyName("enabled")] bool? Enabled,
    [property: JsonPropertyName("allowedOrigins")] IReadOnlyList<string>? AllowedOrigins,
    [property: JsonPropertyName("allowedHeaders")] IReadOnlyList<string>? AllowedHeaders,
    [property: JsonPropertyName("exposeHeaders")] IReadOnlyList<string>? ExposeHeaders,
    [property: JsonPropertyName("maxAge")] int? MaxAge,
    [property: JsonPropertyName("allowCredentials")] bool? AllowCredentials)
{
    public RouteCorsInput ToInput() => new(Enabled, AllowedOrigins, AllowedHeaders, ExposeHeaders, MaxAge, AllowCredentials);
}

/// <param name="FunctionId">A string id, or null/blank for none; missing on an update keeps the function.</param>
public sealed record RouteRequest(
    [property: JsonPropertyName("routePath")] string? RoutePath,
    [property: JsonPropertyName("functionId")] JsonElement FunctionId,
    [property: JsonPropertyName("allowedMethods")] IReadOnlyList<string>? AllowedMethods,
    [property: JsonPropertyName("isActive")] bool? IsActive,
    [property: JsonPropertyName("authLogic")] string? AuthLogic,
    [property: JsonPropertyName("corsSettings")] RouteCorsRequest? CorsSettings,
    [property: JsonPropertyName("authMethodIds")] IReadOnlyList<Guid>? AuthMethodIds,
    [property: JsonPropertyName("rateLimit")] JsonElement RateLimit)
{
    private string? FunctionIdText => FunctionId.ValueKind == JsonValueKind.String ? FunctionId.GetString() : FunctionId.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => null,
        _ => FunctionId.GetRawText(),
    };

    /// <summary>Missing keeps the limit; null removes it; an object sets it.</summary>
    private RouteRateLimitInput? RateLimitInput => RateLimit.ValueKind switch
    {
        JsonValueKind.Undefined => null,
        JsonValueKind.Object => new RouteRateLimitInput(Number(RateLimit, "requests"), Number(RateLimit, "windowSeconds")),
        _ => new RouteRateLimitInput(null, null),
    };

    public CreateRouteCommand ToCommand(Guid? projectId) => new(
        projectId, RoutePath, FunctionIdText, AllowedMethods, CorsSettings?.ToInput(), AuthMethodIds, AuthLogic, RateLimitInput);

    public UpdateRouteCommand ToUpdateCommand(Guid? projectId, Guid id) => new(
        projectId, id, RoutePath, FunctionId.ValueKind != JsonValueKind.Undefined, FunctionIdText, AllowedMethods, IsActive,
        AuthLogic, CorsSettings?.ToInput(), AuthMethodIds, RateLimitInput);

    // A non-number becomes 0, which the route refuses with a message naming the field.
    private static int? Number(JsonElement limit, string member) =>
        !limit.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;
}

public sealed record RouteOrderItem(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("sortOrder")] int SortOrder);

public sealed record ReorderRoutesRequest([property: JsonPropertyName("order")] IReadOnlyList<RouteOrderItem>? Order)
{
    public ReorderRoutesCommand ToCommand(Guid? projectId) =>
        new(projectId, Order?.Select(item => new RouteOrderInput(item.Id, item.SortOrder)).ToList());
}
