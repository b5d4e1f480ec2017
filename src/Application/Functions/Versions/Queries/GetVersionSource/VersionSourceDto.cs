using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions.Queries.GetVersionSource;

/// <summary>A version's files as a tree (admin-api.md §5.12).</summary>
public sealed record VersionSourceDto(
    [property: JsonPropertyName("functionId")] Guid FunctionId,
    [property: JsonPropertyName("versionId")] Guid VersionId,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("functionName")] string FunctionName,
    [property: JsonPropertyName("project_id")] Guid? ProjectId,
    [property: JsonPropertyName("project_name")] string? ProjectName,
    [property: JsonPropertyName("files")] IReadOnlyList<SourceNodeDto> Files);
