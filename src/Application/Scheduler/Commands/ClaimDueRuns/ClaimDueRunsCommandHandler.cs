using Invoke.Application.Common.Interfaces;
using Invoke.Application.Schedules;
using Invoke.Application.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Invoke.Application.Scheduler.Commands.ClaimDueRuns;

/// <summary>
/// Reads the due functions, then claims each with one guarded update: it moves <c>next_execution</c> from the value
/// read to the first slot after now, so of several instances that read the same row only one changes it, and a
/// function down for a day runs once, not once per missed slot. The same update writes <c>last_scheduled_execution</c>
/// and a lease (<c>schedule_running_until</c>) that keeps the next slot from starting while this run is under way; a slot
/// that finds the lease held is skipped (moved on without a run). An expression that no longer parses disables the
/// schedule, as the original does.
/// </summary>
public sealed class ClaimDueRunsCommandHandler(
    IApplicationDbContext db,
    ICronSchedule cronSchedule,
    SchedulerMetrics metrics,
    TimeProvider time,
    ILogger<ClaimDueRunsCommandHandler> logger)
    : IRequestHandler<ClaimDueRunsCommand, ClaimedRunsDto>
{
    /// <summary>Beyond twice the longest run, in case the run also waited for a slot as long as it may run.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(1);

    public async Task<ClaimedRunsDto> Handle(ClaimDueRunsCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Functions.AsNoTracking()
            .Where(f => f.ScheduleEnabled == true && f.IsActive == true && f.NextExecution <= now)
            .OrderBy(f => f.NextExecution)
            .Take(request.MaxRuns)
            .Select(f => new
            {
                f.Id,
                f.ScheduleCron,
                NextExecution = f.NextExecution!.Value,
                f.ScheduleRunningUntil,
                f.ScheduleFailureCount,
            })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new ClaimedRunsDto([], 0);
        }

        var policy = await db.GlobalSettings.ReadExecutionLimitPolicyAsync(cancellationToken);
        var leaseUntil = now + 2 * TimeSpan.FromSeconds(policy.MaxTimeoutSeconds) + LeaseMargin;
        var claimed = new List<ClaimedRunDto>();
        foreach (var function in due)
        {
            var slot = function.NextExecution;
            var heldUntil = function.ScheduleRunningUntil;
            var unchanged = db.Functions.Where(f => f.Id == function.Id
                && f.ScheduleEnabled == true
                && f.NextExecution == slot
                && f.ScheduleRunningUntil == heldUntil);

            var next = function.ScheduleCron is { } cron ? cronSchedule.NextOccurrence(cron, now) : null;
            if (next is null)
            {
                logger.LogWarning("Schedule of function {FunctionId} disabled: its cron expression cannot run", function.Id);
                await unchanged.ExecuteUpdateAsync(
                    set => set.SetProperty(f => f.ScheduleEnabled, (bool?)false).SetProperty(f => f.NextExecution, (DateTime?)null),
                    cancellationToken);
                continue;
            }

            if (heldUntil > now)
            {
                if (await unchanged.ExecuteUpdateAsync(set => set.SetProperty(f => f.NextExecution, next), cancellationToken) == 1)
                {
                    metrics.SlotSkipped();
                    logger.LogInformation(
                        "Scheduled slot {Slot:o} of function {FunctionId} skipped: its previous run is still under way", slot, function.Id);
                }

                continue;
            }

            var won = await unchanged.ExecuteUpdateAsync(
                set => set
                    .SetProperty(f => f.NextExecution, next)
                    .SetProperty(f => f.LastScheduledExecution, (DateTime?)now)
                    .SetProperty(f => f.ScheduleRunningUntil, (DateTime?)leaseUntil),
                cancellationToken);
            if (won == 1)
            {
                metrics.Claimed();
                claimed.Add(new ClaimedRunDto(function.Id, function.ScheduleCron!, slot, now, next.Value, leaseUntil, function.ScheduleFailureCount));
            }
        }

        return new ClaimedRunsDto(claimed, due.Count);
    }
}
