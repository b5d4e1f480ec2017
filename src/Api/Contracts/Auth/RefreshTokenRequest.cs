using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

/// <param name="RefreshToken">Clients that keep their refresh token themselves send it here; browsers send the cookie.</param>
public sealed record RefreshTokenRequest([property: JsonPropertyName("refreshToken")] string? RefreshToken);
