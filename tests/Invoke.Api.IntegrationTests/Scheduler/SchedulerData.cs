using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>What the scheduler left in the database, read with SQL.</summary>
internal static class SchedulerData
{
    /// <summary>Of the given functions, those whose run for <paramref name="slot"/>'s claim has ended (lease released).</summary>
    public static Task<long> EndedRunsAsync(this InvokeApiFactory factory, Guid[] functionIds, DateTime claimedAt) =>
        factory.CountAsync(
            "SELECT count(*) FROM functions WHERE id = ANY(@ids) AND last_scheduled_execution = @at AND schedule_running_until IS NULL",
            ("ids", functionIds), ("at", claimedAt));

    public static Task<long> ScheduledLogsAsync(this InvokeApiFactory factory, Guid[] functionIds) =>
        factory.CountAsync(
            "SELECT count(*) FROM execution_logs WHERE function_id = ANY(@ids) AND request_method = 'SCHEDULED'",
            ("ids", functionIds));

    /// <summary>Stops every schedule left by earlier tests, so that advancing the shared clock runs only this test's.</summary>
    public static Task StopAllSchedulesAsync(this InvokeApiFactory factory) =>
        factory.ExecuteSqlAsync("UPDATE functions SET schedule_enabled = false, next_execution = NULL WHERE schedule_enabled");
}
