using Cronos;
using Invoke.Application.Schedules;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Scheduling;

/// <summary><see cref="ICronSchedule"/> on Cronos, with five-field and six-field (seconds first) expressions.</summary>
internal sealed class CronosSchedule(IOptions<SchedulingOptions> options, TimeProvider timeProvider) : ICronSchedule
{
    private const int FieldsWithSeconds = 6;

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public bool IsValid(string expression) => NextOccurrence(expression, timeProvider.GetUtcNow().UtcDateTime) is not null;

    public DateTime? NextOccurrence(string expression, DateTime afterUtc)
    {
        var format = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == FieldsWithSeconds
            ? CronFormat.IncludeSeconds
            : CronFormat.Standard;

        return CronExpression.TryParse(expression, format, out var cron)
            ? cron.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), _zone)
            : null;
    }
}
