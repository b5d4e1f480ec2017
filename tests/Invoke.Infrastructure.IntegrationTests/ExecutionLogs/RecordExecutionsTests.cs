using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Invoke.Application.Common.Behaviours;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Domain.ExecutionLogs;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Invoke.Infrastructure.IntegrationTests.ExecutionLogs;

/// <summary><see cref="RecordExecutionsCommandHandler"/> on the real schema, in its unit of work.</summary>
public sealed class RecordExecutionsTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Handle_ShouldWriteEveryLogAndUpdateEachFunctionOnce()
    {
        var (first, second) = (await database.CreateFunctionAsync(), await database.CreateFunctionAsync());
        var updates = new UpdateCounter();
        ExecutionRecord[] records =
        [
            Invocations.Of(first, Invocations.Start.AddSeconds(2)),
            Invocations.Of(second, Invocations.Start),
            Invocations.Of(first, Invocations.Start.AddSeconds(3)),
            Invocations.Of(first, Invocations.Start.AddSeconds(1)),
        ];

        var recorded = await HandleAsync(records, updates);

        Assert.Equal(new RecordedExecutionsDto(4, 0, 0), recorded);
        Assert.Equal(2, updates.FunctionUpdates);
        Assert.Equal((3, Invocations.Start.AddSeconds(3), 3), await database.CountersAsync(first));
        Assert.Equal((1, Invocations.Start, 1), await database.CountersAsync(second));
    }

    [Fact]
    public async Task Handle_ShouldStoreTheRecordRedacted()
    {
        var functionId = await database.CreateFunctionAsync();

        await HandleAsync([Invocations.Of(functionId, Invocations.Start)]);

        await using var context = database.CreateContext();
        var log = await context.ExecutionLogs.AsNoTracking().SingleAsync(l => l.FunctionId == functionId);
        Assert.Equal(
            ("/invoke/fn", $$"""{"authorization": "{{ExecutionLogRedaction.RedactedValue}}"}""", (DateTime?)Invocations.Start),
            (log.RequestUrl, log.RequestHeaders, log.ExecutedAt));
    }

    [Fact]
    public async Task Handle_ShouldStoreEveryColumnAsTheLogHoldsIt()
    {
        var functionId = await database.CreateFunctionAsync();
        var record = Invocations.Of(functionId, Invocations.Start.AddMilliseconds(123)) with
        {
            StatusCode = 502,
            Method = "POST",
            RequestSize = 11,
            ResponseHeaders = new Dictionary<string, string> { ["content-type"] = "text/plain; charset=utf-8", ["x-note"] = "é \"quoted\"" },
            RequestBody = "{\"a\":\"\\u00e9\"}",
            ResponseBody = null,
            ErrorMessage = "Error: boom\n    at line 1",
            ClientIp = IPAddress.Parse("::ffff:203.0.113.7"),
            UserAgent = "curl/8 \"x\"",
            ApiKeyUsed = true,
        };
        var expected = record.ToExecutionLog();

        Assert.Equal(new RecordedExecutionsDto(1, 0, 0), await HandleAsync([record]));

        await using var context = database.CreateContext();
        var stored = await context.ExecutionLogs.AsNoTracking().SingleAsync(l => l.FunctionId == functionId);
        Assert.Equal(
            (expected.StatusCode, expected.ExecutionTimeMs, expected.RequestSize, expected.ResponseSize, expected.RequestBody,
                expected.ResponseBody, expected.RequestMethod, expected.RequestUrl, expected.ErrorMessage, expected.ClientIp,
                expected.UserAgent, expected.ApiKeyUsed, expected.ExecutedAt),
            (stored.StatusCode, stored.ExecutionTimeMs, stored.RequestSize, stored.ResponseSize, stored.RequestBody,
                stored.ResponseBody, stored.RequestMethod, stored.RequestUrl, stored.ErrorMessage, stored.ClientIp,
                stored.UserAgent, stored.ApiKeyUsed, stored.ExecutedAt));
        Assert.Equal(IPAddress.Parse("203.0.113.7"), stored.ClientIp);
        foreach (var (json, storedJson) in new[]
                 {
                     (expected.RequestHeaders, stored.RequestHeaders), (expected.ResponseHeaders, stored.ResponseHeaders),
                     (expected.ConsoleLogs, stored.ConsoleLogs),
                 })
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json!), JsonNode.Parse(storedJson!)), $"{json} was stored as {storedJson}");
        }
    }

    [Fact]
    public async Task Handle_WhenTheLogHasNoTime_ShouldLetTheDatabaseSetIt()
    {
        var functionId = await database.CreateFunctionAsync();
        var before = DateTime.UtcNow.AddSeconds(-5);
        await using (var context = database.CreateContext())
        {
            await context.AppendExecutionLogsAsync([ExecutionLog.Record(functionId, 200, 1, "GET")], CancellationToken.None);
        }

        await using var verify = database.CreateContext();
        var stored = await verify.ExecutionLogs.AsNoTracking().SingleAsync(l => l.FunctionId == functionId);
        Assert.InRange(stored.ExecutedAt!.Value, before, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal((false, (string?)null, (IPAddress?)null), (stored.ApiKeyUsed, stored.RequestHeaders, stored.ClientIp));
    }

    [Fact]
    public async Task Handle_WhenALaterExecutionWasRecordedFirst_ShouldKeepItsTime()
    {
        var functionId = await database.CreateFunctionAsync();
        await HandleAsync([Invocations.Of(functionId, Invocations.Start.AddMinutes(5))]);

        await HandleAsync([Invocations.Of(functionId, Invocations.Start)]);

        Assert.Equal((2, Invocations.Start.AddMinutes(5), 2), await database.CountersAsync(functionId));
    }

    [Fact]
    public async Task Handle_WhenAFunctionWasDeleted_ShouldWriteTheOthersAndCountTheRest()
    {
        var functionId = await database.CreateFunctionAsync();
        var deleted = await database.CreateFunctionAsync();
        await using (var context = database.CreateContext())
        {
            await context.Functions.Where(f => f.Id == deleted).ExecuteDeleteAsync();
        }

        var recorded = await HandleAsync(
            [Invocations.Of(deleted, Invocations.Start), Invocations.Of(functionId, Invocations.Start), Invocations.Of(deleted, Invocations.Start)]);

        Assert.Equal(new RecordedExecutionsDto(1, 0, 2), recorded);
        Assert.Equal((1, Invocations.Start, 1), await database.CountersAsync(functionId));
    }

    [Fact]
    public async Task Handle_WhenARecordBreaksALogRule_ShouldWriteTheOthersAndCountIt()
    {
        var functionId = await database.CreateFunctionAsync();

        var recorded = await HandleAsync(
            [Invocations.Of(functionId, Invocations.Start) with { DurationMs = -1 }, Invocations.Of(functionId, Invocations.Start)]);

        Assert.Equal(new RecordedExecutionsDto(1, 1, 0), recorded);
        Assert.Equal((1, Invocations.Start, 1), await database.CountersAsync(functionId));
    }

    [Fact]
    public async Task Handle_WhenBatchesOfTheSameFunctionsRunAtOnce_ShouldAddUpWithoutLosingAnUpdate()
    {
        var (first, second) = (await database.CreateFunctionAsync(), await database.CreateFunctionAsync());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => HandleAsync(
        [
            Invocations.Of(i % 2 == 0 ? first : second, Invocations.Start.AddSeconds(i)),
            Invocations.Of(i % 2 == 0 ? second : first, Invocations.Start.AddSeconds(i)),
        ]))));

        Assert.Equal((8, Invocations.Start.AddSeconds(7), 8), await database.CountersAsync(first));
        Assert.Equal((8, Invocations.Start.AddSeconds(7), 8), await database.CountersAsync(second));
    }

    private async Task<RecordedExecutionsDto> HandleAsync(IReadOnlyList<ExecutionRecord> records, UpdateCounter? updates = null)
    {
        await using var context = updates is null
            ? database.CreateContext()
            : TestDbContext.Create(database.ConnectionString, updates);
        var command = new RecordExecutionsCommand(records);
        var handler = new RecordExecutionsCommandHandler(context);
        return await new UnitOfWorkBehaviour<RecordExecutionsCommand, RecordedExecutionsDto>(new DbContextUnitOfWork(context))
            .Handle(command, CancellationToken.None, () => handler.Handle(command, CancellationToken.None));
    }

    /// <summary>Counts the UPDATE statements sent for the <c>functions</c> table.</summary>
    private sealed class UpdateCounter : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _updates = new();

        public int FunctionUpdates => _updates.Count;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("UPDATE functions", StringComparison.Ordinal))
            {
                _updates.Enqueue(command.CommandText);
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
