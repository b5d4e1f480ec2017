namespace Invoke.Application.Scheduler.Commands.ClaimDueRuns;

/// <param name="Runs">The runs this caller now owns: it must run each and report it (CompleteScheduledRunCommand).</param>
/// <param name="Examined">Due functions read; fewer than asked means nothing else was due.</param>
public sealed record ClaimedRunsDto(IReadOnlyList<ClaimedRunDto> Runs, int Examined);

/// <param name="ScheduledFor">The slot that came due (the oldest missed one after downtime).</param>
/// <param name="NextExecution">The slot the claim moved the function to.</param>
/// <param name="LeaseUntil">When the lease taken by the claim runs out if the run is never reported.</param>
/// <param name="FailuresBefore">Failed runs in a row before this one.</param>
public sealed record ClaimedRunDto(
    Guid FunctionId,
    string Cron,
    DateTime ScheduledFor,
    DateTime ClaimedAt,
    DateTime NextExecution,
    DateTime LeaseUntil,
    int FailuresBefore);
