using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

/// <param name="RefreshTokenInBody">
/// True for a client that keeps its tokens itself (a script, the CLI): the answer carries <c>refreshToken</c> and sets
/// no cookies. Browsers leave it out and get HttpOnly cookies instead.
/// </param>
public sealed record LoginRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("turnstileToken")] string? TurnstileToken,
    [property: JsonPropertyName("refreshTokenInBody")] bool? RefreshTokenInBody);
