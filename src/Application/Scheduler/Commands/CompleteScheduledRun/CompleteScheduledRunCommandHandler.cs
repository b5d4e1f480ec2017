using Invoke.Application.Common.Interfaces;
using Invoke.Application.Schedules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Scheduler.Commands.CompleteScheduledRun;

/// <summary>
/// A success resets the failure count. A failure adds one, and from <see cref="SchedulerOptions.FailuresBeforeBackOff"/>
/// failures in a row on moves <c>next_execution</c> to the first slot after the back-off
/// (<see cref="SchedulerOptions.BackOffAfter"/>), unless someone changed the schedule since the claim. The lease is
/// released only if it is still the one the claim took.
/// </summary>
public sealed class CompleteScheduledRunCommandHandler(
    IApplicationDbContext db, ICronSchedule cronSchedule, IOptions<SchedulerOptions> options, TimeProvider time)
    : IRequestHandler<CompleteScheduledRunCommand, ScheduledRunCompletedDto>
{
    public async Task<ScheduledRunCompletedDto> Handle(CompleteScheduledRunCommand request, CancellationToken cancellationToken)
    {
        var run = request.Run;
        var lease = db.Functions.Where(f => f.Id == run.FunctionId && f.ScheduleRunningUntil == run.LeaseUntil);
        if (request.Succeeded)
        {
            await lease.ExecuteUpdateAsync(
                set => set.SetProperty(f => f.ScheduleFailureCount, 0).SetProperty(f => f.ScheduleRunningUntil, (DateTime?)null),
                cancellationToken);
            return new ScheduledRunCompletedDto(null);
        }

        var backOff = options.Value.BackOffAfter(run.FailuresBefore + 1);
        var backedOff = backOff > TimeSpan.Zero
            ? cronSchedule.NextOccurrence(run.Cron, time.GetUtcNow().UtcDateTime + backOff)
            : null;
        var moved = backedOff > run.NextExecution ? backedOff : null;
        var claimedNext = run.NextExecution;
        await lease.ExecuteUpdateAsync(
            set => set
                .SetProperty(f => f.ScheduleFailureCount, f => f.ScheduleFailureCount + 1)
                .SetProperty(f => f.ScheduleRunningUntil, (DateTime?)null)
                .SetProperty(
                    f => f.NextExecution,
                    f => moved != null && f.NextExecution == claimedNext && f.ScheduleCron == run.Cron ? moved : f.NextExecution),
            cancellationToken);
        return new ScheduledRunCompletedDto(moved);
    }
}
