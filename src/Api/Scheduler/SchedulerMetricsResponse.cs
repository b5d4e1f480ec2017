using System.Text.Json.Serialization;
using Invoke.Api.Hosting;
using Invoke.Application.Scheduler;

namespace Invoke.Api.Scheduler;

/// <summary>This instance's scheduler counters since it started (runs of the trigger endpoint included).</summary>
/// <param name="Enabled">Whether this instance has the scheduler role.</param>
/// <param name="Due">Due runs this instance claimed.</param>
/// <param name="Skipped">Slots that came while the function's previous run was still under way.</param>
public sealed record SchedulerMetricsResponse(
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("due")] long Due,
    [property: JsonPropertyName("running")] long Running,
    [property: JsonPropertyName("succeeded")] long Succeeded,
    [property: JsonPropertyName("failed")] long Failed,
    [property: JsonPropertyName("skipped")] long Skipped,
    [property: JsonPropertyName("lastRetentionPass")] RetentionPassResponse? LastRetentionPass)
{
    public static SchedulerMetricsResponse From(InvokeRoles roles, SchedulerMetrics metrics) => new(
        roles.Scheduler,
        metrics.Due,
        metrics.Running,
        metrics.Succeeded,
        metrics.Failed,
        metrics.Skipped,
        metrics.LastRetentionPass is { } pass ? new RetentionPassResponse(pass.At, pass.Deleted) : null);
}

/// <param name="Deleted">Logs the pass deleted.</param>
public sealed record RetentionPassResponse(
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("deleted")] int Deleted);
