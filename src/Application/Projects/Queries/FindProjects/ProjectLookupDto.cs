using System.Text.Json.Serialization;

namespace Invoke.Application.Projects.Queries.FindProjects;

public sealed record ProjectLookupDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("slug")] string? Slug,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("is_active")] bool? IsActive);
