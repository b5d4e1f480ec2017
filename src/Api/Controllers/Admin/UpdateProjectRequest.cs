using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

/// <param name="KvStorageLimitBytes">A number, or a string of digits as the project list writes it.</param>
public sealed record UpdateProjectRequest(
    [property: JsonPropertyName("id")] Guid? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("is_active")] bool? IsActive,
    [property: JsonPropertyName("kv_storage_limit_bytes")]
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    long? KvStorageLimitBytes);
