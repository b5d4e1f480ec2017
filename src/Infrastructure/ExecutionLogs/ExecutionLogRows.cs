using System.Buffers;
using System.Text;
using System.Text.Json;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Infrastructure.ExecutionLogs;

/// <summary>
/// Logs as the JSON array that <c>append_execution_logs</c> reads with <c>jsonb_to_recordset</c>: one object per log,
/// members named as the columns, the JSON columns embedded as JSON rather than as strings.
/// </summary>
internal static class ExecutionLogRows
{
    public static string ToJson(IEnumerable<ExecutionLog> logs)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var log in logs)
            {
                Write(writer, log);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, ExecutionLog log)
    {
        writer.WriteStartObject();
        WriteId("function_id", log.FunctionId);
        WriteNumber("status_code", log.StatusCode);
        WriteNumber("execution_time_ms", log.ExecutionTimeMs);
        WriteNumber("request_size", log.RequestSize);
        WriteNumber("response_size", log.ResponseSize);
        WriteJson("request_headers", log.RequestHeaders);
        WriteJson("response_headers", log.ResponseHeaders);
        writer.WriteString("request_body", log.RequestBody);
        writer.WriteString("response_body", log.ResponseBody);
        writer.WriteString("request_method", log.RequestMethod);
        writer.WriteString("request_url", log.RequestUrl);
        WriteJson("console_logs", log.ConsoleLogs);
        writer.WriteString("error_message", log.ErrorMessage);
        writer.WriteString("client_ip", log.ClientIp?.ToString());
        writer.WriteString("user_agent", log.UserAgent);
        if (log.ApiKeyUsed is { } apiKeyUsed)
        {
            writer.WriteBoolean("api_key_used", apiKeyUsed);
        }

        if (log.ExecutedAt is { } executedAt)
        {
            // An unmarked time would be read in the session's time zone.
            writer.WriteString(
                "executed_at",
                executedAt.Kind == DateTimeKind.Local ? executedAt.ToUniversalTime() : DateTime.SpecifyKind(executedAt, DateTimeKind.Utc));
        }

        writer.WriteEndObject();

        void WriteId(string name, Guid? value)
        {
            if (value is { } id)
            {
                writer.WriteString(name, id);
            }
        }

        void WriteNumber(string name, long? value)
        {
            if (value is { } number)
            {
                writer.WriteNumber(name, number);
            }
        }

        void WriteJson(string name, string? value)
        {
            if (value is not null)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(value);
            }
        }
    }
}
