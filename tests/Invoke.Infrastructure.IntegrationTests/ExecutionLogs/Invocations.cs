using Invoke.Application.Runtime.Execution;
using System.Net;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.IntegrationTests.ExecutionLogs;

/// <summary>Functions to log invocations of, and the records the runtime would queue for them.</summary>
internal static class Invocations
{
    public static readonly DateTime Start = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    public static async Task<Guid> CreateFunctionAsync(this MigratedDatabase database)
    {
        await using var context = database.CreateContext();
        var function = Function.Create(Project.DefaultProjectId, $"fn-{Guid.NewGuid():N}", null, deployedBy: null);
        context.Functions.Add(function);
        await context.SaveChangesAsync();
        return function.Id;
    }

    public static ExecutionRecord Of(Guid functionId, DateTime executedAt) => new(
        functionId,
        executedAt,
        StatusCode: 200,
        DurationMs: 7,
        Method: "GET",
        Url: "/invoke/fn?api_key=s3cret",
        RequestSize: 0,
        ResponseSize: 2,
        RequestHeaders: new Dictionary<string, string> { ["authorization"] = "Bearer t0ken" },
        ResponseHeaders: new Dictionary<string, string>(),
        RequestBody: null,
        ResponseBody: "ok",
        Console: [new ConsoleEntry("log", "hello", executedAt)],
        ConsoleTruncated: false,
        ErrorMessage: null,
        ClientIp: IPAddress.Loopback,
        UserAgent: "test",
        ApiKeyUsed: false);

    public static async Task<(int? Count, DateTime? LastExecuted, int Logs)> CountersAsync(
        this MigratedDatabase database, Guid functionId)
    {
        await using var context = database.CreateContext();
        var function = await context.Functions.AsNoTracking().SingleAsync(f => f.Id == functionId);
        var logs = await context.ExecutionLogs.CountAsync(l => l.FunctionId == functionId);
        return (function.ExecutionCount, function.LastExecuted, logs);
    }
}
