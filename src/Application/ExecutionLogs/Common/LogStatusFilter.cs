using Invoke.Domain.ExecutionLogs;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>The <c>status</c> query value of the log lists: <c>all</c>, <c>success</c> (2xx) or <c>error</c> (4xx, 5xx).</summary>
public static class LogStatusFilter
{
    public const string All = "all";
    public const string Success = "success";
    public const string Error = "error";

    /// <summary>Status codes from here on count as errors, everywhere logs are judged (lists, stats, activity).</summary>
    public const int FirstErrorStatus = 400;

    public static IReadOnlyList<string> Values { get; } = [All, Success, Error];

    /// <remarks>1xx, 3xx and logs without a status appear only under <see cref="All"/>, as in the original.</remarks>
    public static IQueryable<ExecutionLog> Apply(IQueryable<ExecutionLog> logs, string status) => status switch
    {
        Success => logs.Where(l => l.StatusCode >= 200 && l.StatusCode < 300),
        Error => logs.Where(l => l.StatusCode >= FirstErrorStatus),
        _ => logs,
    };
}
