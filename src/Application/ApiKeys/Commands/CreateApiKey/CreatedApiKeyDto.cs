using System.Text.Json.Serialization;

namespace Invoke.Application.ApiKeys.Commands.CreateApiKey;

public sealed record CreatedApiKeyDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("is_active")] bool? IsActive,
    [property: JsonPropertyName("api_key")] string ApiKey)
{
    [JsonPropertyName("message")]
    public string Message => "IMPORTANT: Save this API key now. You will not be able to see it again.";
}
