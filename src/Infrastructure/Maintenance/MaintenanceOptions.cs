namespace Invoke.Infrastructure.Maintenance;

/// <summary>How often the maintenance jobs run (section <c>Invoke:Maintenance</c>).</summary>
public sealed class MaintenanceOptions
{
    public const string SectionName = "Invoke:Maintenance";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
