using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts.Auth;

public sealed record CreateApiKeyRequest([property: JsonPropertyName("name")] string? Name);
