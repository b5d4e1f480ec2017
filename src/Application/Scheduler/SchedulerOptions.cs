namespace Invoke.Application.Scheduler;

/// <summary>The scheduler role and the automatic log retention pass (configuration section <c>Invoke:Scheduler</c>, docs/adr/0031).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Invoke:Scheduler";

    /// <summary>Scheduled runs under way at once in this instance; each function runs at most once at a time anyway.</summary>
    public int MaxConcurrentRuns { get; set; } = 16;

    /// <summary>Due functions claimed per database read; a pass reads again until nothing is due.</summary>
    public int ClaimBatchSize { get; set; } = 100;

    /// <summary>Failed runs in a row after which the function is backed off instead of running at its next slot.</summary>
    public int FailuresBeforeBackOff { get; set; } = 3;

    /// <summary>The first back-off; it doubles with every further failure up to <see cref="MaxBackOff"/>.</summary>
    public TimeSpan BackOff { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Logs deleted per statement by the automatic retention pass (which runs with the maintenance jobs, every
    /// <c>Invoke:Maintenance:Interval</c>), so that no delete holds its locks for long.
    /// </summary>
    public int RetentionBatchSize { get; set; } = 5_000;

    /// <summary>
    /// The wait after the back-off for a function that failed <paramref name="failures"/> times in a row: none below
    /// <see cref="FailuresBeforeBackOff"/>, then <see cref="BackOff"/> doubled per further failure, at most <see cref="MaxBackOff"/>.
    /// </summary>
    public TimeSpan BackOffAfter(int failures)
    {
        if (failures < FailuresBeforeBackOff)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FailuresBeforeBackOff, 30);
        var ticks = Math.Min((double)BackOff.Ticks * Math.Pow(2, doublings), MaxBackOff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
