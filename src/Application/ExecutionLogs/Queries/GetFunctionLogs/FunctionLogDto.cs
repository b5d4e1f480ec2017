using System.Text.Json.Serialization;

namespace Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;

/// <summary>A row of a function's log list: the summary columns only, no headers or bodies.</summary>
public sealed record FunctionLogDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("status_code")] int? StatusCode,
    [property: JsonPropertyName("execution_time_ms")] int? ExecutionTimeMs,
    [property: JsonPropertyName("request_size"), JsonNumberHandling(JsonNumberHandling.WriteAsString)] long? RequestSize,
    [property: JsonPropertyName("response_size"), JsonNumberHandling(JsonNumberHandling.WriteAsString)] long? ResponseSize,
    [property: JsonPropertyName("error_message")] string? ErrorMessage,
    [property: JsonPropertyName("client_ip")] string? ClientIp,
    [property: JsonPropertyName("user_agent")] string? UserAgent,
    [property: JsonPropertyName("executed_at")] DateTime? ExecutedAt);
