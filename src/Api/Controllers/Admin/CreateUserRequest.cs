using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record CreateUserRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("is_admin")] bool? IsAdmin);
