using System.Text.Json.Serialization;

namespace Invoke.Application.Dashboard.Queries.GetRecentActivity;

/// <summary>One recent execution; the log id is a string, as the original sent it.</summary>
public sealed record RecentActivityDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("functionId")] Guid? FunctionId,
    [property: JsonPropertyName("functionName")] string FunctionName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("executionTime")] int? ExecutionTime,
    [property: JsonPropertyName("executedAt")] DateTime? ExecutedAt)
{
    public const string Success = "success";
    public const string Error = "error";
}
