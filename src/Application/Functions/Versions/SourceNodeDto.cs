using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions;

/// <summary>
/// A node of a package's file tree, as the source view returns it and the source editor sends it back
/// (admin-api.md §5.12, §5.13). Files whose bytes are not UTF-8 text travel as base64 with
/// <see cref="Encoding"/> <c>base64</c> instead of being mangled; see docs/adr/0017.
/// </summary>
public sealed record SourceNodeDto
{
    public const string DirectoryType = "directory";
    public const string FileType = "file";
    public const string Utf8Encoding = "utf-8";
    public const string Base64Encoding = "base64";

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Relative to the package root, <c>/</c>-separated, including the node's own name.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("children")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SourceNodeDto>? Children { get; init; }

    [JsonPropertyName("content")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Content { get; init; }

    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Size { get; init; }

    /// <summary><c>utf-8</c> or <c>base64</c>; a node sent without it is UTF-8 text, as the original's editor sends.</summary>
    [JsonPropertyName("encoding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoding { get; init; }
}
