using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;

public sealed record SwitchedVersionDto(
    [property: JsonPropertyName("functionId")] Guid FunctionId,
    [property: JsonPropertyName("versionId")] Guid VersionId,
    [property: JsonPropertyName("version")] int Version);
