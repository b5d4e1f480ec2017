namespace Invoke.Application.Scheduler.Commands.CompleteScheduledRun;

/// <param name="BackedOffUntil">The later slot the function was moved to because it keeps failing; null otherwise.</param>
public sealed record ScheduledRunCompletedDto(DateTime? BackedOffUntil);
