namespace Invoke.Infrastructure.Scheduling;

/// <summary>Settings under <c>Invoke:Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Invoke:Scheduling";

    /// <summary>
    /// The IANA or Windows id of the zone cron expressions are read in (<c>0 9 * * *</c> = 09:00 there, daylight
    /// saving time included). The original used the server's local zone; Invoke defaults to UTC so that a schedule
    /// does not move with the host.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";
}
