using System.Collections.Concurrent;
using System.Data.Common;
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
