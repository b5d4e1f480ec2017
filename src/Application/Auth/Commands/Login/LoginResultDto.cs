using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Commands.Login;

public sealed record LoginResultDto(
    [property: JsonPropertyName("user")] LoginUserDto User,
    [property: JsonPropertyName("token")] string Token);
