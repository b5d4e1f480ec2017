using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Scheduler.Commands.ClaimDueRuns;
using Invoke.Application.Scheduler.Commands.CompleteScheduledRun;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>The claim and its lease below the runs, on an instance without the scheduler role (nothing else claims).</summary>
public sealed class ClaimDueRunsTests(TriggerFactory factory) : IClassFixture<TriggerFactory>, IAsyncLifetime
{
    private const string Ok = "module.exports = async (req, res) => res.json({});";

    public Task InitializeAsync() => factory.StopAllSchedulesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Claim_WhileThePreviousRunIsUnderWay_ShouldSkipTheSlotAndKeepTheLease()
    {
        var slot = factory.NextMinute;
        var functions = await factory.DeployScheduledAsync(1, Ok, "* * * * *", slot);
        factory.Time.SetUtcNow(slot);
        var claimed = Assert.Single((await factory.SendAsync(new ClaimDueRunsCommand(10))).Runs);
        var skippedBefore = factory.Metrics.Skipped;

        factory.Time.SetUtcNow(slot.AddMinutes(1));
        var second = await factory.SendAsync(new ClaimDueRunsCommand(10));

        Assert.Empty(second.Runs);
        Assert.Equal(skippedBefore + 1, factory.Metrics.Skipped);
        var function = (await factory.FindFunctionAsync(functions[0]))!;
        Assert.Equal(slot, function.LastScheduledExecution);
        Assert.Equal(slot.AddMinutes(2), function.NextExecution);
        Assert.Equal(claimed.LeaseUntil, function.ScheduleRunningUntil);
    }

    [Fact]
    public async Task Complete_AfterASuccess_ShouldReleaseTheLeaseAndResetTheFailures()
    {
        var slot = factory.NextMinute;
        var functions = await factory.DeployScheduledAsync(1, Ok, "* * * * *", slot);
        await factory.ExecuteSqlAsync("UPDATE functions SET schedule_failure_count = 5 WHERE id = @id", ("id", functions[0]));
        factory.Time.SetUtcNow(slot);
        var claimed = Assert.Single((await factory.SendAsync(new ClaimDueRunsCommand(10))).Runs);

        var completed = await factory.SendAsync(new CompleteScheduledRunCommand(claimed, Succeeded: true));

        Assert.Null(completed.BackedOffUntil);
        var function = (await factory.FindFunctionAsync(functions[0]))!;
        Assert.Null(function.ScheduleRunningUntil);
        Assert.Equal(0, function.ScheduleFailureCount);
        Assert.Equal(slot.AddMinutes(1), function.NextExecution);
    }

    [Fact]
    public async Task Complete_AfterAFailureOfAScheduleThatWasEditedMeanwhile_ShouldNotMoveTheEditedSlot()
    {
        var slot = factory.NextMinute;
        var functions = await factory.DeployScheduledAsync(1, Ok, "* * * * *", slot);
        await factory.ExecuteSqlAsync("UPDATE functions SET schedule_failure_count = 9 WHERE id = @id", ("id", functions[0]));
        factory.Time.SetUtcNow(slot);
        var claimed = Assert.Single((await factory.SendAsync(new ClaimDueRunsCommand(10))).Runs);
        var edited = slot.AddMinutes(30);
        await factory.ExecuteSqlAsync("UPDATE functions SET next_execution = @next WHERE id = @id", ("next", edited), ("id", functions[0]));

        await factory.SendAsync(new CompleteScheduledRunCommand(claimed, Succeeded: false));

        var function = (await factory.FindFunctionAsync(functions[0]))!;
        Assert.Equal(edited, function.NextExecution);
        Assert.Equal(10, function.ScheduleFailureCount);
        Assert.Null(function.ScheduleRunningUntil);
    }

    [Fact]
    public async Task Claim_OfAnInactiveFunction_ShouldLeaveItAlone()
    {
        var slot = factory.NextMinute;
        var functions = await factory.DeployScheduledAsync(1, Ok, "* * * * *", slot);
        await factory.ExecuteSqlAsync("UPDATE functions SET is_active = false WHERE id = @id", ("id", functions[0]));
        factory.Time.SetUtcNow(slot);

        var claimed = await factory.SendAsync(new ClaimDueRunsCommand(10));

        Assert.Empty(claimed.Runs);
        var function = (await factory.FindFunctionAsync(functions[0]))!;
        Assert.Null(function.LastScheduledExecution);
        Assert.Equal(slot, function.NextExecution);
    }
}
