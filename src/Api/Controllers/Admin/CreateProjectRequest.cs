using System.Text.Json.Serialization;

namespace Invoke.Api.Controllers.Admin;

public sealed record CreateProjectRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description);
