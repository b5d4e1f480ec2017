using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Commands.ChangeEmail;

public sealed record ChangeEmailResultDto(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("email")] string Email);
