using System.Text.Json.Serialization;
using Invoke.Domain.Projects;

namespace Invoke.Application.Projects.Commands;

/// <summary>A project row with every column, as the create and update endpoints answer it.</summary>
public sealed record ProjectDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("created_by")] int? CreatedBy,
    [property: JsonPropertyName("is_active")] bool? IsActive,
    [property: JsonPropertyName("kv_storage_limit_bytes")]
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    long? KvStorageLimitBytes,
    [property: JsonPropertyName("slug")] string? Slug,
    [property: JsonPropertyName("created_at")] DateTime? CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTime? UpdatedAt)
{
    public static ProjectDto From(Project project) =>
        new(
            project.Id,
            project.Name,
            project.Description,
            project.CreatedBy,
            project.IsActive,
            project.KvStorageLimitBytes,
            project.Slug,
            project.CreatedAt,
            project.UpdatedAt);
}
