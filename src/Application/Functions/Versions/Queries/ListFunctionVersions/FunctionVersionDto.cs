using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Versions.Queries.ListFunctionVersions;

/// <summary>One item of the version list (admin-api.md §5.8 GET).</summary>
public sealed record FunctionVersionDto
{
    [JsonPropertyName("id")]
    public Guid Id { get; init; }

    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>A BIGINT column, which the original's driver serialises as a string.</summary>
    [JsonPropertyName("file_size")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long FileSize { get; init; }

    [JsonPropertyName("package_hash")]
    public string PackageHash { get; init; } = null!;

    /// <summary>Null when the function has no active version at all, as in the original.</summary>
    [JsonPropertyName("is_active")]
    public bool? IsActive { get; init; }

    [JsonPropertyName("created_at")]
    public DateTime? CreatedAt { get; init; }

    [JsonPropertyName("created_by")]
    public int? CreatedBy { get; init; }

    [JsonPropertyName("created_by_name")]
    public string? CreatedByName { get; init; }
}
