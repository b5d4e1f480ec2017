using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;

public sealed class UpdateFunctionScheduleCommandHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, ICronSchedule cronSchedule, TimeProvider timeProvider)
    : IRequestHandler<UpdateFunctionScheduleCommand, ScheduleUpdatedDto>
{
    public async Task<ScheduleUpdatedDto> Handle(UpdateFunctionScheduleCommand request, CancellationToken cancellationToken)
    {
        var function = await functionAccess.GetAsync(request.FunctionId, cancellationToken);

        var enabled = request.Enabled ?? function.ScheduleEnabled ?? false;
        var cron = request.Cron is null ? function.ScheduleCron : request.Cron.Trim();
        DateTime? next = null;
        if (enabled && !string.IsNullOrEmpty(cron))
        {
            // The stored expression may come from the original platform, whose parser accepted other dialects. (An array
            // rather than [..]: see AddEnvironmentVariableCommandHandler.)
            next = cronSchedule.NextOccurrence(cron, timeProvider.GetUtcNow().UtcDateTime)
                   ?? throw new ValidationException(new[] { new ValidationFailure("schedule_cron", ScheduleMessages.InvalidCron) });
        }

        function.ConfigureSchedule(enabled, request.Cron, next);
        await db.SaveChangesAsync(cancellationToken);

        return new ScheduleUpdatedDto(function.ScheduleEnabled ?? false, function.ScheduleCron, function.NextExecution);
    }
}
