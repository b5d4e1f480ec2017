using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

public sealed record ChangeEmailRequest([property: JsonPropertyName("email")] string? Email);
