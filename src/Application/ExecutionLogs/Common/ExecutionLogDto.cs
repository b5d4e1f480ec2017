using System.Text.Json.Serialization;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>
/// Every column of an <c>execution_logs</c> row in table order, as the original's <c>SELECT el.*</c> returned it:
/// bigint sizes as strings, jsonb columns as JSON values. Derived rows append their members after these.
/// </summary>
public abstract record ExecutionLogDto
{
    protected ExecutionLogDto(ExecutionLog log)
    {
        Id = log.Id;
        FunctionId = log.FunctionId;
        StatusCode = log.StatusCode;
        ExecutionTimeMs = log.ExecutionTimeMs;
        RequestSize = log.RequestSize;
        ResponseSize = log.ResponseSize;
        RequestHeaders = log.RequestHeaders;
        ResponseHeaders = log.ResponseHeaders;
        RequestBody = log.RequestBody;
        ResponseBody = log.ResponseBody;
        RequestMethod = log.RequestMethod;
        RequestUrl = log.RequestUrl;
        ConsoleLogs = log.ConsoleLogs;
        ErrorMessage = log.ErrorMessage;
        ClientIp = log.ClientIp?.ToString();
        UserAgent = log.UserAgent;
        ApiKeyUsed = log.ApiKeyUsed;
        ExecutedAt = log.ExecutedAt;
    }

    [JsonPropertyName("id")]
    public int Id { get; }

    [JsonPropertyName("function_id")]
    public Guid? FunctionId { get; }

    [JsonPropertyName("status_code")]
    public int? StatusCode { get; }

    [JsonPropertyName("execution_time_ms")]
    public int? ExecutionTimeMs { get; }

    [JsonPropertyName("request_size")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? RequestSize { get; }

    [JsonPropertyName("response_size")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public long? ResponseSize { get; }

    [JsonPropertyName("request_headers")]
    [JsonConverter(typeof(RawJsonConverter))]
    public string? RequestHeaders { get; init; }

    [JsonPropertyName("response_headers")]
    [JsonConverter(typeof(RawJsonConverter))]
    public string? ResponseHeaders { get; init; }

    [JsonPropertyName("request_body")]
    public string? RequestBody { get; }

    [JsonPropertyName("response_body")]
    public string? ResponseBody { get; }

    [JsonPropertyName("request_method")]
    public string? RequestMethod { get; }

    [JsonPropertyName("request_url")]
    public string? RequestUrl { get; }

    [JsonPropertyName("console_logs")]
    [JsonConverter(typeof(RawJsonConverter))]
    public string? ConsoleLogs { get; }

    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; }

    [JsonPropertyName("client_ip")]
    public string? ClientIp { get; }

    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; }

    [JsonPropertyName("api_key_used")]
    public bool? ApiKeyUsed { get; }

    [JsonPropertyName("executed_at")]
    public DateTime? ExecutedAt { get; }
}
