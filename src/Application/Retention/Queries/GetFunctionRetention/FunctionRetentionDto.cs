using System.Text.Json.Serialization;
using RetentionTypes = Invoke.Domain.Functions.RetentionType;

namespace Invoke.Application.Retention.Queries.GetFunctionRetention;

/// <summary>
/// The original's three members, then the names the original CLI's <c>function:retention:get</c> reads
/// (<c>log_retention_type</c>, <c>log_retention_days</c>, <c>log_retention_count</c>), which it never received.
/// </summary>
public sealed record FunctionRetentionDto
{
    [JsonPropertyName("retention_type")]
    public string? RetentionType { get; init; }

    [JsonPropertyName("retention_value")]
    public int? RetentionValue { get; init; }

    [JsonPropertyName("retention_enabled")]
    public bool RetentionEnabled { get; init; }

    [JsonPropertyName("log_retention_type")]
    public string? LogRetentionType => RetentionType;

    [JsonPropertyName("log_retention_days")]
    public int? LogRetentionDays => RetentionType == RetentionTypes.Time ? RetentionValue : null;

    [JsonPropertyName("log_retention_count")]
    public int? LogRetentionCount => RetentionType == RetentionTypes.Count ? RetentionValue : null;
}
