using System.Text.Json.Serialization;

namespace Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;

public sealed record ScheduleUpdatedDto(
    [property: JsonPropertyName("schedule_enabled")] bool ScheduleEnabled,
    [property: JsonPropertyName("schedule_cron")] string? ScheduleCron,
    [property: JsonPropertyName("next_execution")] DateTime? NextExecution);
