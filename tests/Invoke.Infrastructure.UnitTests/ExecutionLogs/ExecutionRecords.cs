using System.Net;
using Invoke.Application.Runtime.Commands.RecordExecutions;

namespace Invoke.Infrastructure.UnitTests.ExecutionLogs;

internal static class ExecutionRecords
{
    public static ExecutionRecord Invocation(string? responseBody = null) => new(
        Guid.NewGuid(),
        DateTime.UtcNow,
        StatusCode: 200,
        DurationMs: 3,
        Method: "GET",
        Url: "/invoke/fn?api_key=s3cret",
        RequestSize: 0,
        ResponseSize: 2,
        RequestHeaders: new Dictionary<string, string> { ["x-api-key"] = "s3cret" },
        ResponseHeaders: new Dictionary<string, string>(),
        RequestBody: null,
        ResponseBody: responseBody ?? "ok",
        Console: [],
        ConsoleTruncated: false,
        ErrorMessage: null,
        ClientIp: IPAddress.Loopback,
        UserAgent: null,
        ApiKeyUsed: true);
}
