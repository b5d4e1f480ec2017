namespace Invoke.Application.Schedules;

/// <summary>
/// Cron expressions as the original accepted them (five fields, or six with seconds first), evaluated in the
/// configured time zone (<c>Invoke:Scheduling:TimeZone</c>, UTC by default).
/// </summary>
public interface ICronSchedule
{
    /// <summary>True when the expression parses and fires at least once from now on.</summary>
    bool IsValid(string expression);

    /// <summary>The first run strictly after <paramref name="afterUtc"/>, in UTC; null for an invalid expression.</summary>
    DateTime? NextOccurrence(string expression, DateTime afterUtc);
}
