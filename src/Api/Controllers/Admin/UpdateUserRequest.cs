using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record UpdateUserRequest(
    [property: JsonPropertyName("id")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    int? Id,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("is_admin")] bool? IsAdmin,
    [property: JsonPropertyName("password")] string? Password);
