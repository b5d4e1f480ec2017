using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions.Commands.CreateVersionFromSource;

public sealed record CreatedVersionDto(
    [property: JsonPropertyName("versionId")] Guid VersionId,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("isActive")] bool IsActive);
