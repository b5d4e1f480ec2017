using Invoke.Application.Runtime.Execution;
using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>A log written as the runtime writes it, through <see cref="IExecutionLogQueue"/>, read by the admin UI's endpoints.</summary>
[Collection(LogsCollection.Name)]
public sealed class QueuedExecutionLogTests(LogsApiFactory factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task QueuedRecord_ShouldBeShownByTheLogEndpointsWithoutItsSecrets()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project, name: "queued-fn");
        // Older than the minute-old logs other tests of the collection add and expect first in the all-projects lists.
        var executedAt = DateTime.UtcNow.AddMinutes(-10);
        var client = factory.CreateClientFor(member);

        Assert.True(factory.Services.GetRequiredService<IExecutionLogQueue>().TryEnqueue(Invocation(functionId, executedAt)));
        var logId = await WaitForTheLogAsync(client, functionId);

        var detail = await GetDataAsync(client, $"/api/functions/{functionId}/execution-logs/{logId}");
        Assert.Equal(
            """{"cookie": "[REDACTED]", "x-api-key": "[REDACTED]", "user-agent": "queue-test/1.0", "content-type": "application/json", "authorization": "[REDACTED]"}""",
            detail.GetProperty("request_headers").GetRawText());
        Assert.Equal(
            """{"set-cookie": "[REDACTED]", "content-type": "text/plain"}""",
            detail.GetProperty("response_headers").GetRawText());
        Assert.Equal("/invoke/fn/orders?page=2", detail.GetProperty("request_url").GetString());
        Assert.Equal(
            ("POST", 201, 42, "14", "203.0.113.5", true, """{"id":1}""", "created"),
            (detail.GetProperty("request_method").GetString(), detail.GetProperty("status_code").GetInt32(),
                detail.GetProperty("execution_time_ms").GetInt32(), detail.GetProperty("request_size").GetString(),
                detail.GetProperty("client_ip").GetString(), detail.GetProperty("api_key_used").GetBoolean(),
                detail.GetProperty("request_body").GetString(), detail.GetProperty("response_body").GetString()));
        var console = Assert.Single(detail.GetProperty("console_output").EnumerateArray());
        Assert.Equal(
            ("info", "order 1 created", new DateTimeOffset(executedAt).ToUnixTimeMilliseconds()),
            (console.GetProperty("level").GetString(), console.GetProperty("message").GetString(), console.GetProperty("timestamp").GetInt64()));

        var browser = await GetDataAsync(client, $"/api/logs?projectId={project.Id}");
        var entry = Assert.Single(browser.GetProperty("logs").EnumerateArray());
        Assert.Equal(
            (logId, "queued-fn", """{"set-cookie": "[REDACTED]", "content-type": "text/plain"}"""),
            (entry.GetProperty("id").GetInt32(), entry.GetProperty("function_name").GetString(), entry.GetProperty("response_headers").GetRawText()));
        var activity = Assert.Single((await GetDataAsync(client, $"/api/dashboard/recent-activity?projectId={project.Id}")).EnumerateArray());
        Assert.Equal(logId.ToString(), activity.GetProperty("id").GetString());
        var function = await GetDataAsync(client, $"/api/functions/{functionId}");
        Assert.Equal(1, function.GetProperty("execution_count").GetInt32());
    }

    private static ExecutionRecord Invocation(Guid functionId, DateTime executedAt) => new(
        functionId,
        executedAt,
        StatusCode: 201,
        DurationMs: 42,
        Method: "POST",
        Url: "/invoke/fn/orders?api_key=s3cret&page=2",
        RequestSize: 14,
        ResponseSize: 7,
        RequestHeaders: new Dictionary<string, string>
        {
            ["authorization"] = "Bearer eyJ.secret",
            ["x-api-key"] = "s3cret",
            ["cookie"] = "session=abc",
            ["content-type"] = "application/json",
            ["user-agent"] = "queue-test/1.0",
        },
        ResponseHeaders: new Dictionary<string, string> { ["set-cookie"] = "session=def", ["content-type"] = "text/plain" },
        RequestBody: """{"id":1}""",
        ResponseBody: "created",
        Console: [new ConsoleEntry("info", "order 1 created", executedAt)],
        ConsoleTruncated: false,
        ErrorMessage: null,
        ClientIp: IPAddress.Parse("203.0.113.5"),
        UserAgent: "queue-test/1.0",
        ApiKeyUsed: true);

    /// <returns>The id of the function's one log, once the queue's writer has written it.</returns>
    private static async Task<int> WaitForTheLogAsync(HttpClient client, Guid functionId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var logs = (await GetDataAsync(client, $"/api/functions/{functionId}/logs")).GetProperty("logs");
            if (logs.GetArrayLength() > 0)
            {
                return Assert.Single(logs.EnumerateArray()).GetProperty("id").GetInt32();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    private static async Task<JsonElement> GetDataAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
    }
}
