using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

public sealed record ChangePasswordRequest(
    [property: JsonPropertyName("currentPassword")] string? CurrentPassword,
    [property: JsonPropertyName("newPassword")] string? NewPassword);
