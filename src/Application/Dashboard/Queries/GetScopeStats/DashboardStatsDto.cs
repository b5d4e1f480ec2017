using System.Globalization;
using System.Text.Json.Serialization;

namespace Invoke.Application.Dashboard.Queries.GetScopeStats;

/// <summary>
/// The dashboard's figures. Counts are numbers (the original parsed them); <see cref="SuccessRate"/> stays a string
/// with one decimal, as PostgreSQL's <c>numeric</c> reached the client.
/// </summary>
public sealed record DashboardStatsDto(
    [property: JsonPropertyName("totalFunctions")] int TotalFunctions,
    [property: JsonPropertyName("activeFunctions")] int ActiveFunctions,
    [property: JsonPropertyName("totalExecutions")] long TotalExecutions,
    [property: JsonPropertyName("recentErrors")] int RecentErrors,
    [property: JsonPropertyName("avgResponseTime")] int AvgResponseTime,
    [property: JsonPropertyName("successRate")] string SuccessRate)
{
    /// <summary>The share of recent executions below status 400, one decimal, <c>100.0</c> when there were none.</summary>
    /// <remarks>Rounded half away from zero, as PostgreSQL's <c>ROUND(numeric, 1)</c> did.</remarks>
    public static string FormatSuccessRate(int successes, int executions) =>
        (executions == 0 ? 100m : Math.Round(successes * 100m / executions, 1, MidpointRounding.AwayFromZero))
        .ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The mean response time in whole milliseconds (<c>AVG(...)::int</c>), 0 when there were none.</summary>
    public static int RoundAverage(double? averageMs) =>
        averageMs is { } average ? (int)Math.Round(average, MidpointRounding.AwayFromZero) : 0;
}
