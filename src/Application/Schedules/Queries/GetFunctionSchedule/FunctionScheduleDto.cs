using System.Text.Json.Serialization;

namespace Invoke.Application.Schedules.Queries.GetFunctionSchedule;

public sealed record FunctionScheduleDto(
    [property: JsonPropertyName("schedule_enabled")] bool ScheduleEnabled,
    [property: JsonPropertyName("schedule_cron")] string? ScheduleCron,
    [property: JsonPropertyName("next_execution")] DateTime? NextExecution,
    [property: JsonPropertyName("last_scheduled_execution")] DateTime? LastScheduledExecution);
