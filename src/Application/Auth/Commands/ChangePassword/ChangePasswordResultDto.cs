using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Commands.ChangePassword;

public sealed record ChangePasswordResultDto([property: JsonPropertyName("username")] string Username);
