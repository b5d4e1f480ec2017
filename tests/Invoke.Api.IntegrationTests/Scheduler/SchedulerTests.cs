using System.Text.Json;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Scheduler;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>
/// The scheduler role end to end: two instances on one database and one fake clock, functions running in Jint, their
/// runs counted in the execution log. Each test stops the schedules of the ones before it.
/// </summary>
public sealed class SchedulerTests(TwoSchedulers schedulers) : IClassFixture<TwoSchedulers>, IAsyncLifetime
{
    private const string EchoRequest = """
        module.exports = async (req, res) => res.json({
          method: req.method, marker: req.headers['x-scheduled-execution'], cron: req.headers['x-schedule-cron'],
          body: req.body, params: req.params, query: req.query, path: req.path });
        """;

    private const string Throws = "module.exports = async () => { throw new Error('scheduled boom'); };";

    private SchedulerFactory First => schedulers.First;

    public Task InitializeAsync() => First.StopAllSchedulesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwoInstances_With100FunctionsDueAtTheSameMinute_ShouldRunEachExactlyOnce()
    {
        var dueBefore = First.Metrics.Due + schedulers.Second.Metrics.Due;
        var slot = First.NextMinute;
        var functions = await First.DeployScheduledAsync(100, EchoRequest, "* * * * *", slot);

        First.Time.SetUtcNow(slot);

        await Eventually.ReachesAsync(() => First.EndedRunsAsync(functions, slot), ended => ended == 100, "100 ended runs");
        await Eventually.ReachesAsync(() => First.ScheduledLogsAsync(functions), logs => logs >= 100, "100 log rows");
        Assert.Equal(100, First.Metrics.Due + schedulers.Second.Metrics.Due - dueBefore);
        Assert.Equal(0, First.Metrics.Running + schedulers.Second.Metrics.Running);
        Assert.Equal(0, await First.CountAsync(
            """
            SELECT count(*) FROM (SELECT function_id FROM execution_logs WHERE function_id = ANY(@ids)
                GROUP BY function_id HAVING count(*) <> 1) AS not_once
            """,
            ("ids", functions)));
        Assert.Equal(100, await First.CountAsync(
            "SELECT count(*) FROM functions WHERE id = ANY(@ids) AND next_execution = @next AND schedule_failure_count = 0",
            ("ids", functions), ("next", slot.AddMinutes(1))));
    }

    [Fact]
    public async Task ScheduledRun_ShouldSeeTheOriginalsRequestAndBeLoggedAsScheduled()
    {
        var slot = First.NextMinute;
        var functions = await First.DeployScheduledAsync(1, EchoRequest, "*/1 * * * *", slot);

        First.Time.SetUtcNow(slot);

        await Eventually.ReachesAsync(() => First.ScheduledLogsAsync(functions), logs => logs == 1, "the log row");
        var log = await First.QueryDbAsync(context => Task.FromResult(context.ExecutionLogs.Single(l => l.FunctionId == functions[0])));
        Assert.Equal("/scheduled", log.RequestUrl);
        Assert.Equal(200, log.StatusCode);
        Assert.Equal("Invoke-Scheduler/1.0", log.UserAgent);
        var seen = JsonDocument.Parse(log.ResponseBody!).RootElement;
        Assert.Equal(
            """{"method":"POST","marker":"true","cron":"*/1 * * * *","body":{},"params":{},"query":{},"path":"/"}""",
            JsonSerializer.Serialize(seen));
    }

    [Fact]
    public async Task FailingFunction_ShouldAdvanceEveryRunAndBeBackedOffAfterThreeFailuresInARow()
    {
        var slot = First.NextMinute;
        var functions = await First.DeployScheduledAsync(1, Throws, "* * * * *", slot);

        for (var run = 0; run < 3; run++)
        {
            var claimedAt = slot.AddMinutes(run);
            First.Time.SetUtcNow(claimedAt);
            await Eventually.ReachesAsync(() => First.EndedRunsAsync(functions, claimedAt), ended => ended == 1, $"failed run {run + 1}");
        }

        // The third failure in a row: the slot the claim moved it to (+3) is replaced by the first slot after a minute's back-off.
        var function = (await First.FindFunctionAsync(functions[0]))!;
        Assert.Equal(3, function.ScheduleFailureCount);
        Assert.Equal(slot.AddMinutes(2), function.LastScheduledExecution);
        Assert.Equal(slot.AddMinutes(4), function.NextExecution);
        Assert.Equal(3, await First.ScheduledLogsAsync(functions));

        // The slot it was moved past does not run it.
        First.Time.SetUtcNow(slot.AddMinutes(3));
        var sentinel = await First.DeployScheduledAsync(1, EchoRequest, "* * * * *", slot.AddMinutes(3));
        await Eventually.ReachesAsync(() => First.EndedRunsAsync(sentinel, slot.AddMinutes(3)), ended => ended == 1, "the sentinel");
        Assert.Equal(slot.AddMinutes(2), (await First.FindFunctionAsync(functions[0]))!.LastScheduledExecution);

        // The fourth failure doubles the back-off: the first slot after two minutes from +4.
        First.Time.SetUtcNow(slot.AddMinutes(4));
        await Eventually.ReachesAsync(() => First.EndedRunsAsync(functions, slot.AddMinutes(4)), ended => ended == 1, "failed run 4");
        function = (await First.FindFunctionAsync(functions[0]))!;
        Assert.Equal(4, function.ScheduleFailureCount);
        Assert.Equal(slot.AddMinutes(7), function.NextExecution);
    }

    [Fact]
    public async Task DisabledSchedule_ShouldNotRunAtItsSlot()
    {
        var slot = First.NextMinute;
        var disabled = await First.DeployScheduledAsync(1, EchoRequest, "* * * * *", slot);
        var sentinel = await First.DeployScheduledAsync(1, EchoRequest, "* * * * *", slot);
        await First.ExecuteDbAsync(async context =>
        {
            var function = await context.Functions.FindAsync(disabled[0]);
            function!.ConfigureSchedule(false, null, null);
            await context.SaveChangesAsync();
        });

        First.Time.SetUtcNow(slot);

        await Eventually.ReachesAsync(() => First.EndedRunsAsync(sentinel, slot), ended => ended == 1, "the sentinel");
        await Eventually.ReachesAsync(() => First.ScheduledLogsAsync(sentinel), logs => logs == 1, "the sentinel's log");
        var function = (await First.FindFunctionAsync(disabled[0]))!;
        Assert.Null(function.LastScheduledExecution);
        Assert.Null(function.NextExecution);
        Assert.Equal(0, await First.ScheduledLogsAsync(disabled));
    }

    [Fact]
    public async Task ScheduleEditedThroughSql_ShouldWakeTheSchedulerWithoutTheClockMoving()
    {
        var functions = await First.DeployScheduledAsync(1, EchoRequest, "0 0 1 1 *", First.Now.AddDays(30));
        var now = First.Now;

        await First.ExecuteSqlAsync("UPDATE functions SET next_execution = @now WHERE id = @id", ("now", now), ("id", functions[0]));

        await Eventually.ReachesAsync(() => First.EndedRunsAsync(functions, now), ended => ended == 1, "the run woken by NOTIFY");
        Assert.Equal(1, await Eventually.ReachesAsync(() => First.ScheduledLogsAsync(functions), logs => logs == 1, "its log"));
    }

    [Fact]
    public async Task MissedSlots_AfterADayDown_ShouldRunOnceAndMoveToTheFirstSlotAfterNow()
    {
        var now = First.Now;
        var functions = await First.DeployScheduledAsync(1, EchoRequest, "*/5 * * * *", now.AddDays(-1));

        await Eventually.ReachesAsync(() => First.EndedRunsAsync(functions, now), ended => ended == 1, "the catch-up run");

        Assert.Equal(1, await Eventually.ReachesAsync(() => First.ScheduledLogsAsync(functions), logs => logs >= 1, "its log"));
        var minute = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        Assert.Equal(minute.AddMinutes(5 - (minute.Minute % 5)), (await First.FindFunctionAsync(functions[0]))!.NextExecution);
    }
}
