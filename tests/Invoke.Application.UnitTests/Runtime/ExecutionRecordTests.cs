using Invoke.Application.Runtime.Execution;
using System.Net;
using System.Text.Json;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Domain.Common;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.UnitTests.Runtime;

public sealed class ExecutionRecordTests
{
    private static readonly DateTime ExecutedAt = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    public static ExecutionRecord Invocation(Guid functionId, DateTime executedAt) => new(
        functionId,
        executedAt,
        StatusCode: 201,
        DurationMs: 12,
        Method: "POST",
        Url: "/invoke/fn/path?x=1&api_key=s3cret",
        RequestSize: 2,
        ResponseSize: 11,
        RequestHeaders: new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer token", ["x-api-key"] = "s3cret", ["cookie"] = "sid=1", ["content-type"] = "application/json",
        },
        ResponseHeaders: new Dictionary<string, string> { ["set-cookie"] = "sid=2", ["content-type"] = "application/json" },
        RequestBody: "{}",
        ResponseBody: """{"ok":true}""",
        Console: [new ConsoleEntry("log", "héllo", executedAt.AddMilliseconds(5))],
        ConsoleTruncated: false,
        ErrorMessage: null,
        ClientIp: IPAddress.Parse("::ffff:10.0.0.7"),
        UserAgent: "curl/8",
        ApiKeyUsed: true);

    [Fact]
    public void ToExecutionLog_ShouldKeepEveryDetailWithoutTheSecrets()
    {
        var functionId = Guid.NewGuid();

        var log = Invocation(functionId, ExecutedAt).ToExecutionLog();

        Assert.Equal(
            ((Guid?)functionId, (int?)201, (int?)12, "POST", "/invoke/fn/path?x=1", (long?)2, (long?)11, "{}", """{"ok":true}"""),
            (log.FunctionId, log.StatusCode, log.ExecutionTimeMs, log.RequestMethod, log.RequestUrl, log.RequestSize,
                log.ResponseSize, log.RequestBody, log.ResponseBody));
        Assert.Equal(
            ((DateTime?)ExecutedAt, IPAddress.Parse("10.0.0.7"), "curl/8", (bool?)true, (string?)null),
            (log.ExecutedAt, log.ClientIp, log.UserAgent, log.ApiKeyUsed, log.ErrorMessage));
        Assert.Equal(
            """{"Authorization":"[REDACTED]","x-api-key":"[REDACTED]","cookie":"[REDACTED]","content-type":"application/json"}""",
            log.RequestHeaders);
        Assert.Equal("""{"set-cookie":"[REDACTED]","content-type":"application/json"}""", log.ResponseHeaders);
    }

    [Fact]
    public void ToExecutionLog_ShouldWriteTheConsoleAsTheArrayTheLogPagesRead()
    {
        var log = Invocation(Guid.NewGuid(), ExecutedAt).ToExecutionLog();

        var entry = Assert.Single(JsonDocument.Parse(log.ConsoleLogs!).RootElement.EnumerateArray());
        Assert.Equal(
            ("log", "héllo", new DateTimeOffset(ExecutedAt).ToUnixTimeMilliseconds() + 5),
            (entry.GetProperty("level").GetString(), entry.GetProperty("message").GetString(), entry.GetProperty("timestamp").GetInt64()));
    }

    [Fact]
    public void ToExecutionLog_WhenTheRuntimeCutTheConsole_ShouldEndItWithTheMarker()
    {
        var record = Invocation(Guid.NewGuid(), ExecutedAt) with { ConsoleTruncated = true };

        var log = record.ToExecutionLog();

        var messages = JsonDocument.Parse(log.ConsoleLogs!).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("message").GetString());
        Assert.Equal(["héllo", ExecutionLogRedaction.ConsoleTruncatedMessage], messages);
    }

    [Fact]
    public void ToExecutionLog_WhenTheRecordBreaksALogRule_ShouldRefuse()
    {
        var record = Invocation(Guid.NewGuid(), ExecutedAt) with { DurationMs = -1 };

        Assert.Throws<InvalidValueException>(record.ToExecutionLog);
    }

    [Fact]
    public void Redacted_ShouldCapTheBodiesTheErrorAndTheUserAgent()
    {
        var record = Invocation(Guid.NewGuid(), ExecutedAt) with
        {
            RequestBody = new string('q', 100_000),
            ResponseBody = new string('r', 100_000),
            ErrorMessage = new string('e', 100_000),
            UserAgent = new string('u', 100_000),
        };

        var redacted = record.Redacted();

        Assert.Equal(
            (ExecutionLogRedaction.MaxBodyLength, ExecutionLogRedaction.MaxBodyLength, ExecutionLogRedaction.MaxBodyLength,
                ExecutionLogRedaction.MaxValueLength),
            (redacted.RequestBody!.Length, redacted.ResponseBody!.Length, redacted.ErrorMessage!.Length, redacted.UserAgent!.Length));
    }

    [Fact]
    public void Redacted_WhenAppliedToARedactedRecord_ShouldChangeNothing()
    {
        var record = Invocation(Guid.NewGuid(), ExecutedAt) with
        {
            Console = [.. Enumerable.Range(0, 2000).Select(i => new ConsoleEntry("log", $"line {i}", ExecutedAt))],
            ResponseBody = new string('r', 100_000),
        };
        var once = record.Redacted();

        var twice = once.Redacted();

        Assert.Equal(once.Console, twice.Console);
        Assert.Equal(once.RequestHeaders, twice.RequestHeaders);
        Assert.Equal(
            (once.Url, once.ResponseBody, once.ConsoleTruncated),
            (twice.Url, twice.ResponseBody, twice.ConsoleTruncated));
    }
}
