using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Scheduler;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Scheduler;
using Invoke.Application.Scheduler.Commands.RunLogRetention;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.LogCleanup;

/// <summary>
/// The automatic retention pass: the cleanup endpoint's rules, in batches of
/// <see cref="RetentionPassFactory.BatchSize"/>, once per interval whoever sends it.
/// </summary>
public sealed class RetentionPassTests(RetentionPassFactory factory) : IClassFixture<RetentionPassFactory>, IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public Task InitializeAsync() => factory.ExecuteSqlAsync(
        "DELETE FROM functions; DELETE FROM execution_logs; DELETE FROM global_settings WHERE setting_key = @key",
        ("key", RunLogRetentionCommandHandler.ClaimKey));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pass_WithAGlobalTimePolicy_ShouldDeleteInBatchesWhatEachFunctionsPolicySaysAndNothingElse()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var global = await factory.CreateFunctionAsync(null);
        var globalKept = await factory.AddLogAgedAsync(global, 1);
        foreach (var days in new[] { 8, 9, 10, 11, 12 })
        {
            await factory.AddLogAgedAsync(global, days);
        }

        var counted = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "count", retentionValue: 1);
        var countedKept = await factory.AddLogAgedAsync(counted, 20);
        await factory.AddLogAgedAsync(counted, 21);
        await factory.AddLogAgedAsync(counted, 22);
        var exempt = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "none");
        var exemptKept = new[] { await factory.AddLogAgedAsync(exempt, 300), await factory.AddLogAgedAsync(exempt, 400) };
        var orphan = await factory.AddLogAsync(null, new LogRow(Age: TimeSpan.FromDays(400)));
        var undated = await factory.AddLogAsync(global, new LogRow(NoTimestamp: true));

        var result = await factory.SendAsync(new RunLogRetentionCommand(Interval));

        Assert.Equal(7, result!.Deleted);
        Assert.Equal(3, result.Functions);
        int[] expected = [globalKept, countedKept, .. exemptKept, orphan, undated];
        Assert.Equal(expected.Order(), await factory.RemainingLogIdsAsync());
        Assert.Equal(7, factory.Services.GetRequiredService<SchedulerMetrics>().LastRetentionPass!.Deleted);
    }

    [Fact]
    public async Task Pass_WithAGlobalCountPolicy_ShouldKeepEachFunctionsNewestInBatches()
    {
        await factory.SetGlobalRetentionAsync("true", "count", "1");
        var first = await factory.CreateFunctionAsync(null);
        var second = await factory.CreateFunctionAsync(null);
        var kept = new[] { await factory.AddLogAgedAsync(first, 1), await factory.AddLogAgedAsync(second, 2) };
        for (var day = 3; day < 8; day++)
        {
            await factory.AddLogAgedAsync(day % 2 == 0 ? first : second, day);
        }

        var result = await factory.SendAsync(new RunLogRetentionCommand(Interval));

        Assert.Equal(5, result!.Deleted);
        Assert.Equal(kept.Order(), await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Pass_WithAGlobalNonePolicy_ShouldDeleteOnlyUnderFunctionsOwnPolicies()
    {
        await factory.SetGlobalRetentionAsync("true", "none", "7");
        var global = await factory.CreateFunctionAsync(null);
        var globalKept = new[] { await factory.AddLogAgedAsync(global, 100), await factory.AddLogAgedAsync(global, 200) };
        var daily = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "time", retentionValue: 1);
        var dailyKept = await factory.AddLogAgedAsync(daily, 0.5);
        await factory.AddLogAgedAsync(daily, 2);
        await factory.AddLogAgedAsync(daily, 3);
        await factory.AddLogAgedAsync(daily, 4);

        var result = await factory.SendAsync(new RunLogRetentionCommand(Interval));

        Assert.Equal(3, result!.Deleted);
        int[] expected = [.. globalKept, dailyKept];
        Assert.Equal(expected.Order(), await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Pass_SentAgainWithinTheInterval_ShouldBeLeftToTheInstanceThatMadeIt()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var function = await factory.CreateFunctionAsync(null);
        await factory.AddLogAgedAsync(function, 10);
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.SendAsync(new RunLogRetentionCommand(Interval))));
        var expired = await factory.AddLogAgedAsync(function, 10);

        var again = await factory.SendAsync(new RunLogRetentionCommand(Interval));

        Assert.Single(passes, pass => pass is not null);
        Assert.Null(again);
        Assert.Equal([expired], await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Pass_AfterTheInterval_ShouldRunAgain()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var function = await factory.CreateFunctionAsync(null);
        await factory.SendAsync(new RunLogRetentionCommand(Interval));
        await factory.AddLogAgedAsync(function, 10);
        await factory.ExecuteSqlAsync(
            "UPDATE global_settings SET setting_value = @stamp WHERE setting_key = @key",
            ("stamp", factory.Time.GetUtcNow().UtcDateTime.AddHours(-1).ToString("O")), ("key", RunLogRetentionCommandHandler.ClaimKey));

        var pass = await factory.SendAsync(new RunLogRetentionCommand(Interval));

        Assert.Equal(1, pass!.Deleted);
        Assert.Empty(await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Retention_ShouldRunOnItsOwnAtTheMaintenanceInterval()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var function = await factory.CreateFunctionAsync(null);
        var kept = await factory.AddLogAgedAsync(function, 1);
        await factory.AddLogAgedAsync(function, 10);
        await factory.AddLogAgedAsync(function, 11);
        await factory.AddLogAgedAsync(function, 12);

        var metrics = factory.Services.GetRequiredService<SchedulerMetrics>();

        factory.Time.Advance(Interval);

        var pass = await Eventually.ReachesAsync(
            () => Task.FromResult(metrics.LastRetentionPass),
            last => last?.At == factory.Time.GetUtcNow().UtcDateTime,
            "the automatic pass");
        Assert.Equal(3, pass!.Deleted);
        Assert.Equal([kept], await factory.RemainingLogIdsAsync());
    }
}
