using System.Text.Json.Serialization;

namespace Invoke.Api.Gateway;

public sealed record GatewayHealthResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service);
