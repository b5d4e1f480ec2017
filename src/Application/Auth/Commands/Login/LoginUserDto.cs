using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Commands.Login;

public sealed record LoginUserDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("isAdmin")] bool IsAdmin);
