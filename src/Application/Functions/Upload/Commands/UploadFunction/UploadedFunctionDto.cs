using System.Globalization;
using System.Text.Json.Serialization;
using Invoke.Application.Functions.Common;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

/// <summary>The new function's row followed by its first version (admin-api.md §5.6), in the original's order.</summary>
public sealed record UploadedFunctionDto : FunctionRowDto
{
    [JsonPropertyName("version")]
    [JsonPropertyOrder(1)]
    public int Version { get; init; }

    [JsonIgnore]
    public long FileSizeBytes { get; init; }

    /// <summary>A string, as the original serialises BIGINT columns.</summary>
    [JsonPropertyName("file_size")]
    [JsonPropertyOrder(1)]
    public string FileSize => FileSizeBytes.ToString(CultureInfo.InvariantCulture);

    [JsonPropertyName("package_hash")]
    [JsonPropertyOrder(1)]
    public string PackageHash { get; init; } = null!;
}
