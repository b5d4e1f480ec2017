using System.Net;
using Invoke.Domain.Common;
using Invoke.Domain.ExecutionLogs;

namespace Invoke.Domain.UnitTests.ExecutionLogs;

public sealed class ExecutionLogTests
{
    [Fact]
    public void Record_ShouldKeepEveryDetail()
    {
        var functionId = Guid.NewGuid();

        var log = ExecutionLog.Record(
            functionId, 201, 15, "SCHEDULED", requestUrl: "/x", requestHeaders: """{"a":"b"}""", consoleLogs: "[]",
            clientIp: IPAddress.Loopback, apiKeyUsed: true);

        Assert.Equal(
            ((Guid?)functionId, (int?)201, (int?)15, "SCHEDULED", "/x", """{"a":"b"}""", "[]", IPAddress.Loopback, (bool?)true),
            (log.FunctionId, log.StatusCode, log.ExecutionTimeMs, log.RequestMethod, log.RequestUrl, log.RequestHeaders, log.ConsoleLogs, log.ClientIp, log.ApiKeyUsed));
    }

    [Fact]
    public void Record_WhenMethodIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => ExecutionLog.Record(null, 500, 1, new string('M', ExecutionLog.RequestMethodMaxLength + 1)));

        Assert.Equal("request_method", refusal.Field);
    }

    [Fact]
    public void Record_WhenExecutionTimeIsNegative_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ExecutionLog.Record(null, 500, -1, "GET"));

        Assert.Equal("execution_time_ms", refusal.Field);
    }

    [Fact]
    public void Record_ShouldKeepTheTimeOfTheExecution()
    {
        var executedAt = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

        var log = ExecutionLog.Record(null, 200, 1, "GET", executedAt: executedAt);

        Assert.Equal(executedAt, log.ExecutedAt);
    }

    [Fact]
    public void Record_WhenTheTimeIsNotUtc_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => ExecutionLog.Record(null, 200, 1, "GET", executedAt: new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Local)));

        Assert.Equal("executed_at", refusal.Field);
    }

    [Theory]
    [InlineData("{broken", null, null)]
    [InlineData(null, "nope", null)]
    [InlineData(null, null, "[1,")]
    public void Record_WhenAJsonColumnIsNotJson_ShouldRefuse(string? requestHeaders, string? responseHeaders, string? consoleLogs)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ExecutionLog.Record(
            null, 200, 1, "GET", requestHeaders: requestHeaders, responseHeaders: responseHeaders, consoleLogs: consoleLogs));

        Assert.Contains(refusal.Field, new[] { "request_headers", "response_headers", "console_logs" });
    }
}
