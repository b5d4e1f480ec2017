using System.Text.Json.Serialization;
using Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;

namespace Invoke.Api.Contracts.Schedules;

public sealed record UpdateScheduleRequest(
    [property: JsonPropertyName("schedule_enabled")] bool? ScheduleEnabled,
    [property: JsonPropertyName("schedule_cron")] string? ScheduleCron)
{
    public UpdateFunctionScheduleCommand ToCommand(Guid functionId) => new(functionId, ScheduleEnabled, ScheduleCron);
}
