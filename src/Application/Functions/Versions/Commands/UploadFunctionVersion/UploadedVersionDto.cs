using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

public sealed record UploadedVersionDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("functionId")] Guid FunctionId);
