using System.Text.Json.Serialization;

namespace Invoke.Application.Projects.Queries.GetProjects;

/// <summary>A row of the admin project list. BIGINT and COUNT values are JSON strings, as node-postgres writes them.</summary>
public sealed record ProjectSummaryDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("is_active")] bool? IsActive,
    [property: JsonPropertyName("kv_storage_limit_bytes")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long? KvStorageLimitBytes,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("created_by")] string? CreatedBy,
    [property: JsonPropertyName("member_count")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long MemberCount,
    [property: JsonPropertyName("function_count")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long FunctionCount);
