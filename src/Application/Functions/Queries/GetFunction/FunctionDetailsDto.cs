using System.Text.Json.Serialization;
using Invoke.Application.Functions.Common;

namespace Invoke.Application.Functions.Queries.GetFunction;

/// <summary>The original's detail shape (admin-api.md §5.3): function columns, project name, active version columns.</summary>
public sealed record FunctionDetailsDto : FunctionCustomLimitsDto
{
    [JsonPropertyName("id")]
    public Guid Id { get; init; }

    [JsonPropertyName("name")]
    public string Name { get; init; } = null!;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("is_active")]
    public bool? IsActive { get; init; }

    [JsonPropertyName("created_at")]
    public DateTime? CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTime? UpdatedAt { get; init; }

    [JsonPropertyName("last_executed")]
    public DateTime? LastExecuted { get; init; }

    [JsonPropertyName("execution_count")]
    public int? ExecutionCount { get; init; }

    [JsonPropertyName("requires_api_key")]
    public bool? RequiresApiKey { get; init; }

    [JsonPropertyName("api_key")]
    public string? ApiKey { get; init; }

    [JsonPropertyName("active_version_id")]
    public Guid? ActiveVersionId { get; init; }

    [JsonPropertyName("project_id")]
    public Guid? ProjectId { get; init; }

    [JsonPropertyName("project_name")]
    public string? ProjectName { get; init; }

    [JsonPropertyName("active_version")]
    public int? ActiveVersion { get; init; }

    /// <summary>A BIGINT column, which the original's driver serialises as a string.</summary>
    [JsonPropertyName("file_size")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? FileSize { get; init; }

    [JsonPropertyName("package_path")]
    public string? PackagePath { get; init; }

    [JsonPropertyName("package_hash")]
    public string? PackageHash { get; init; }

    [JsonPropertyName("version_created_at")]
    public DateTime? VersionCreatedAt { get; init; }

    /// <summary>The name the original CLIs read (its <c>function:list</c> and <c>function:get</c>); the same value.</summary>
    [JsonPropertyName("last_execution")]
    [JsonPropertyOrder(1)]
    public DateTime? LastExecution => LastExecuted;
}
