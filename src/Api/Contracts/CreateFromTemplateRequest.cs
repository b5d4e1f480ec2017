using System.Text.Json.Serialization;

namespace Invoke.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/functions/create-from-template</c>. The original's <c>apiKey</c> (a client-chosen function
/// key) is not read: a required key is generated.
/// </summary>
public sealed record CreateFromTemplateRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("requiresApiKey")] bool? RequiresApiKey,
    [property: JsonPropertyName("projectId")] Guid? ProjectId);
