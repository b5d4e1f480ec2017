using System.Text.Json.Serialization;
using Invoke.Application.Functions.Common;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

/// <summary>The new function's row followed by its first version (admin-api.md §5.6), in the original's order.</summary>
public sealed record UploadedFunctionDto : FunctionRowDto
{
    [JsonPropertyName("version")]
    [JsonPropertyOrder(1)]
    public int Version { get; init; }

    /// <summary>A BIGINT column, which the original's driver serialises as a string.</summary>
    [JsonPropertyName("file_size")]
    [JsonPropertyOrder(1)]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long FileSize { get; init; }

    [JsonPropertyName("package_hash")]
    [JsonPropertyOrder(1)]
    public string PackageHash { get; init; } = null!;
}
