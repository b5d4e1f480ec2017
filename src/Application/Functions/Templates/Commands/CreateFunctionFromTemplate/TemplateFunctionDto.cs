using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Templates.Commands.CreateFunctionFromTemplate;

public sealed record TemplateFunctionDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("size")] long Size);
