using System.Globalization;
using Invoke.Application.Scheduler.Commands.ClaimDueRuns;
using Invoke.Application.Runtime.Execution;

namespace Invoke.Application.Scheduler;

/// <summary>
/// The request a scheduled run sees, as the original builds it (runtime.md §2.12): <c>POST /</c> with an empty JSON
/// body, no query or params, from 127.0.0.1, marked by <c>x-scheduled-execution: true</c>. Invoke adds the schedule's
/// metadata as headers, so that a function can tell which slot it runs for.
/// </summary>
public static class ScheduledRequest
{
    public const string MarkerHeader = "x-scheduled-execution";
    public const string CronHeader = "x-schedule-cron";
    public const string SlotHeader = "x-scheduled-for";
    public const string UserAgent = "Invoke-Scheduler/1.0";

    private static readonly byte[] EmptyJsonObject = "{}"u8.ToArray();

    private static readonly IReadOnlyDictionary<string, string> NoParams = new Dictionary<string, string>();

    public static InvocationRequest For(ClaimedRunDto run) => new(
        "POST",
        "/",
        "",
        "http",
        "localhost",
        "127.0.0.1",
        [
            new(MarkerHeader, "true"),
            new(CronHeader, run.Cron),
            new(SlotHeader, run.ScheduledFor.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
            new("content-type", "application/json"),
            new("user-agent", UserAgent),
        ],
        EmptyJsonObject,
        NoParams);
}
