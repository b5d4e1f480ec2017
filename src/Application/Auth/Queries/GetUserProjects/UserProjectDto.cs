using System.Text.Json.Serialization;

namespace Invoke.Application.Auth.Queries.GetUserProjects;

public sealed record UserProjectDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("slug")] string? Slug,
    [property: JsonPropertyName("role")] string Role);
