using System.Net;
using Invoke.Domain.Common;

namespace Invoke.Domain.ExecutionLogs;

/// <summary>One invocation of a function, appended by the execution service and never changed.</summary>
public sealed class ExecutionLog
{
    public const int RequestMethodMaxLength = 10;

    private ExecutionLog()
    {
    }

    public int Id { get; private set; }

    /// <summary>Null when the invocation failed before its function was known.</summary>
    public Guid? FunctionId { get; private set; }

    public int? StatusCode { get; private set; }

    public int? ExecutionTimeMs { get; private set; }

    public long? RequestSize { get; private set; }

    public long? ResponseSize { get; private set; }

    /// <summary>JSON object of header name to value.</summary>
    public string? RequestHeaders { get; private set; }

    /// <summary>JSON object of header name to value.</summary>
    public string? ResponseHeaders { get; private set; }

    public string? RequestBody { get; private set; }

    public string? ResponseBody { get; private set; }

    /// <summary>An HTTP method, or <c>SCHEDULED</c> for cron runs.</summary>
    public string? RequestMethod { get; private set; }

    public string? RequestUrl { get; private set; }

    /// <summary>JSON array of <c>{level, message, timestamp}</c>.</summary>
    public string? ConsoleLogs { get; private set; }

    public string? ErrorMessage { get; private set; }

    public IPAddress? ClientIp { get; private set; }

    public string? UserAgent { get; private set; }

    public bool? ApiKeyUsed { get; private set; }

    public DateTime? ExecutedAt { get; private set; }

    /// <param name="executedAt">When the invocation started (UTC); null lets the database use the time of the insert.</param>
    public static ExecutionLog Record(
        Guid? functionId,
        int statusCode,
        int executionTimeMs,
        string requestMethod,
        string? requestUrl = null,
        long? requestSize = null,
        long? responseSize = null,
        string? requestHeaders = null,
        string? responseHeaders = null,
        string? requestBody = null,
        string? responseBody = null,
        string? consoleLogs = null,
        string? errorMessage = null,
        IPAddress? clientIp = null,
        string? userAgent = null,
        bool apiKeyUsed = false,
        DateTime? executedAt = null)
    {
        if (executionTimeMs < 0)
        {
            throw new InvalidValueException("execution_time_ms", "execution_time_ms must not be negative");
        }

        return new ExecutionLog
        {
            FunctionId = functionId,
            StatusCode = statusCode,
            ExecutionTimeMs = executionTimeMs,
            RequestSize = requestSize,
            ResponseSize = responseSize,
            RequestHeaders = Ensure.Json(requestHeaders, "request_headers"),
            ResponseHeaders = Ensure.Json(responseHeaders, "response_headers"),
            RequestBody = requestBody,
            ResponseBody = responseBody,
            RequestMethod = Ensure.Required(requestMethod, "request_method", RequestMethodMaxLength),
            RequestUrl = requestUrl,
            ConsoleLogs = Ensure.Json(consoleLogs, "console_logs"),
            ErrorMessage = errorMessage,
            ClientIp = clientIp,
            UserAgent = userAgent,
            ApiKeyUsed = apiKeyUsed,
            ExecutedAt = executedAt is { } time ? Ensure.Utc(time, "executed_at") : null,
        };
    }
}
