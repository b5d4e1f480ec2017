using Invoke.Application.Common.Interfaces;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Dashboard.Queries.GetScopeStats;

/// <summary>
/// Function counts and lifetime executions from <c>functions</c>; errors, mean time and success rate over the last
/// 24 hours from <c>execution_logs</c>. Each is one aggregate statement whose cost follows the rows in scope and
/// window, not the table: see the AddExecutionLogQueryIndexes migration for the indexes each one reads.
/// </summary>
public sealed class GetScopeStatsQueryHandler(IApplicationDbContext db, TimeProvider timeProvider)
    : IRequestHandler<GetScopeStatsQuery, DashboardStatsDto>
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<DashboardStatsDto> Handle(GetScopeStatsQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Scope;
        var since = timeProvider.GetUtcNow().UtcDateTime - Window;

        var functions = await scope.Functions(db)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Active = g.Count(f => f.IsActive == true),
                Executions = g.Sum(f => (long?)f.ExecutionCount) ?? 0,
            })
            .SingleOrDefaultAsync(cancellationToken);

        var recent = await scope.FunctionLogs(db.ExecutionLogs.AsNoTracking(), db)
            .Where(l => l.ExecutedAt > since)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Executions = g.Count(),
                Errors = g.Count(l => l.StatusCode >= LogStatusFilter.FirstErrorStatus),
                Successes = g.Count(l => l.StatusCode < LogStatusFilter.FirstErrorStatus),
                AverageMs = g.Average(l => (double?)l.ExecutionTimeMs),
            })
            .SingleOrDefaultAsync(cancellationToken);

        return new DashboardStatsDto(
            functions?.Total ?? 0,
            functions?.Active ?? 0,
            functions?.Executions ?? 0,
            recent?.Errors ?? 0,
            DashboardStatsDto.RoundAverage(recent?.AverageMs),
            DashboardStatsDto.FormatSuccessRate(recent?.Successes ?? 0, recent?.Executions ?? 0));
    }
}
