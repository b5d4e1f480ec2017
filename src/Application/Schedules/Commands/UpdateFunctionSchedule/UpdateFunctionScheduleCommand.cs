using MediatR;

namespace Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;

/// <param name="Enabled">Null keeps the current state.</param>
/// <param name="Cron">Null keeps the stored expression; blank clears it.</param>
public sealed record UpdateFunctionScheduleCommand(Guid FunctionId, bool? Enabled, string? Cron)
    : IRequest<ScheduleUpdatedDto>;
