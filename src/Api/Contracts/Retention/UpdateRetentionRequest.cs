using System.Text.Json.Serialization;
using Invoke.Application.Retention.Commands.UpdateFunctionRetention;

namespace Invoke.Api.Contracts.Retention;

/// <summary>
/// The admin UI's <c>retention_*</c> fields, and the <c>log_retention_*</c> ones the original CLI's
/// <c>function:retention:set</c> sends. A CLI call turns the function's own settings on: that is what setting them
/// from the CLI means.
/// </summary>
public sealed record UpdateRetentionRequest(
    [property: JsonPropertyName("retention_type")] string? RetentionType,
    [property: JsonPropertyName("retention_value")] int? RetentionValue,
    [property: JsonPropertyName("retention_enabled")] bool? RetentionEnabled,
    [property: JsonPropertyName("log_retention_type")] string? LogRetentionType,
    [property: JsonPropertyName("log_retention_days")] int? LogRetentionDays,
    [property: JsonPropertyName("log_retention_count")] int? LogRetentionCount)
{
    public UpdateFunctionRetentionCommand ToCommand(Guid functionId) =>
        new(
            functionId,
            RetentionType ?? LogRetentionType,
            RetentionValue ?? LogRetentionDays ?? LogRetentionCount,
            RetentionEnabled ?? (LogRetentionType is null ? null : true));
}
