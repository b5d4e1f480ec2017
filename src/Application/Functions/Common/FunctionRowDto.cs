using System.Text.Json.Serialization;

namespace Invoke.Application.Functions.Common;

/// <summary>
/// A <c>functions</c> row with every column in table order, as the original returns it (admin-api.md §5.0), followed by
/// the custom limit columns of its later releases.
/// </summary>
public record FunctionRowDto : FunctionCustomLimitsDto
{
    [JsonPropertyName("id")]
    public Guid Id { get; init; }

    [JsonPropertyName("name")]
    public string Name { get; init; } = null!;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("project_id")]
    public Guid? ProjectId { get; init; }

    [JsonPropertyName("deployed_by")]
    public int? DeployedBy { get; init; }

    [JsonPropertyName("requires_api_key")]
    public bool? RequiresApiKey { get; init; }

    [JsonPropertyName("api_key")]
    public string? ApiKey { get; init; }

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

    [JsonPropertyName("active_version_id")]
    public Guid? ActiveVersionId { get; init; }

    [JsonPropertyName("retention_type")]
    public string? RetentionType { get; init; }

    [JsonPropertyName("retention_value")]
    public int? RetentionValue { get; init; }

    [JsonPropertyName("retention_enabled")]
    public bool? RetentionEnabled { get; init; }

    [JsonPropertyName("schedule_enabled")]
    public bool? ScheduleEnabled { get; init; }

    [JsonPropertyName("schedule_cron")]
    public string? ScheduleCron { get; init; }

    [JsonPropertyName("next_execution")]
    public DateTime? NextExecution { get; init; }

    [JsonPropertyName("last_scheduled_execution")]
    public DateTime? LastScheduledExecution { get; init; }
}
