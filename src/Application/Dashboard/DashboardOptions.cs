namespace Invoke.Application.Dashboard;

/// <summary>Dashboard settings (section <c>Invoke:Dashboard</c>).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Invoke:Dashboard";

    public const int DefaultStatsCacheSeconds = 5;

    /// <summary>
    /// How long the statistics of one scope are served again at most before they are recomputed (a change to a function
    /// in the scope recomputes them sooner); 0 computes them on every request. See docs/adr/0020.
    /// </summary>
    public int StatsCacheSeconds { get; set; } = DefaultStatsCacheSeconds;
}
