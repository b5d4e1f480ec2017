namespace Invoke.Application.Schedules;

public static class ScheduleMessages
{
    public const string InvalidCron = "Invalid cron expression";
}
