using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

public sealed record LoginRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("turnstileToken")] string? TurnstileToken);
