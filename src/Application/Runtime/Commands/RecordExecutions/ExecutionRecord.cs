using Invoke.Application.Runtime.Execution;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.Runtime.Commands.RecordExecutions;

/// <summary>
/// One invocation as the runtime saw it, secrets and all: <see cref="Redacted"/> applies what a log may keep
/// (<see cref="ExecutionLogRedaction"/>), so the runtime need not. To spare itself decoding text that is cut anyway, the
/// runtime may pass only the first <see cref="ExecutionLogRedaction.MaxBodyLength"/> characters of a body and stop
/// capturing the console at <see cref="ExecutionLogRedaction.MaxConsoleEntries"/> entries or
/// <see cref="ExecutionLogRedaction.MaxConsoleLength"/> characters, setting <see cref="ConsoleTruncated"/>.
/// </summary>
/// <param name="ExecutedAt">When the invocation started, UTC.</param>
/// <param name="DurationMs">Wall time of the whole invocation, not negative.</param>
/// <param name="Method">The HTTP method, or <c>SCHEDULED</c> for a cron run.</param>
/// <param name="Url">The path and query the function saw.</param>
/// <param name="RequestSize">Bytes of the request body.</param>
/// <param name="ResponseSize">Bytes of the response body.</param>
/// <param name="RequestBody">The request body as text, or null when there was none.</param>
/// <param name="ResponseBody">The response body as text, <c>&lt;BINARY&gt;</c> for a binary one.</param>
/// <param name="ConsoleTruncated">True when the runtime stopped capturing the console before the function stopped writing.</param>
/// <param name="ErrorMessage">The error's message and stack when the function failed, <c>timeout</c> for a deadline.</param>
/// <param name="ApiKeyUsed">True when the caller presented the function's API key.</param>
public sealed record ExecutionRecord(
    Guid FunctionId,
    DateTime ExecutedAt,
    int StatusCode,
    int DurationMs,
    string Method,
    string? Url,
    long RequestSize,
    long ResponseSize,
    IReadOnlyDictionary<string, string> RequestHeaders,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string? RequestBody,
    string? ResponseBody,
    IReadOnlyList<ConsoleEntry> Console,
    bool ConsoleTruncated,
    string? ErrorMessage,
    IPAddress? ClientIp,
    string? UserAgent,
    bool ApiKeyUsed)
{
    // Unescaped non-ASCII text: jsonb stores the characters either way, and escapes would make the text sent up to six
    // times longer.
    private static readonly JsonSerializerOptions LogJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The record as a log may keep it: credentials redacted, text capped, the console cut with a marker. Redacting a
    /// redacted record changes nothing.
    /// </summary>
    public ExecutionRecord Redacted()
    {
        var (console, consoleTruncated) = ExecutionLogRedaction.CapConsole(
            [.. Console.Select(e => new ConsoleLogEntry(e.Level, e.Message, e.Timestamp))], ConsoleTruncated, ExecutedAt);
        return this with
        {
            Method = ExecutionLogRedaction.CapMethod(Method),
            Url = ExecutionLogRedaction.RedactUrl(Url),
            RequestHeaders = ExecutionLogRedaction.RedactHeaders(RequestHeaders),
            ResponseHeaders = ExecutionLogRedaction.RedactHeaders(ResponseHeaders),
            RequestBody = ExecutionLogRedaction.CapBody(RequestBody),
            ResponseBody = ExecutionLogRedaction.CapBody(ResponseBody),
            Console = [.. console.Select(e => new ConsoleEntry(e.Level, e.Message, e.Timestamp))],
            ConsoleTruncated = consoleTruncated,
            ErrorMessage = ExecutionLogRedaction.CapBody(ErrorMessage),
            UserAgent = ExecutionLogRedaction.CapValue(UserAgent),
        };
    }

    /// <summary>
    /// The log row of the <see cref="Redacted"/> record: headers as JSON objects, the console as the JSON array
    /// <c>[{level, message, timestamp}]</c> (milliseconds since 1970, as the original's <c>Date.now()</c>), and an IPv4
    /// client seen through an IPv6 socket as its IPv4 address.
    /// </summary>
    /// <exception cref="Domain.Common.InvalidValueException">The record breaks a rule of <see cref="ExecutionLog"/>.</exception>
    public ExecutionLog ToExecutionLog()
    {
        var record = Redacted();
        return ExecutionLog.Record(
            FunctionId,
            StatusCode,
            DurationMs,
            record.Method,
            record.Url,
            RequestSize,
            ResponseSize,
            JsonSerializer.Serialize(record.RequestHeaders, LogJson),
            JsonSerializer.Serialize(record.ResponseHeaders, LogJson),
            record.RequestBody,
            record.ResponseBody,
            JsonSerializer.Serialize(
                record.Console.Select(e => new { level = e.Level, message = e.Message, timestamp = UnixMilliseconds(e.Timestamp) }),
                LogJson),
            record.ErrorMessage,
            ClientIp is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : ClientIp,
            record.UserAgent,
            ApiKeyUsed,
            ExecutedAt);
    }

    private static long UnixMilliseconds(DateTime timestamp) =>
        (long)((timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : timestamp) - DateTime.UnixEpoch)
        .TotalMilliseconds;
}
