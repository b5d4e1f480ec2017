using System.Text.Json.Serialization;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeys;

public sealed record ApiKeyDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("last_used")] DateTime? LastUsed,
    [property: JsonPropertyName("usage_count")] int? UsageCount,
    [property: JsonPropertyName("is_active")] bool? IsActive);
