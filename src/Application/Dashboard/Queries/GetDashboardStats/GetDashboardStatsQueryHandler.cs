using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Dashboard.Queries.GetDashboardStats;

/// <summary>
/// Function counts and lifetime executions from <c>functions</c>; errors, mean time and success rate over the last
/// 24 hours from <c>execution_logs</c>. Each is one aggregate statement whose cost follows the rows in scope and
/// window, not the table: see the AddExecutionLogQueryIndexes migration for the indexes each one reads. Results are
/// shared per scope for a few seconds through <see cref="DashboardStatsCache"/>, after the access check.
/// </summary>
public sealed class GetDashboardStatsQueryHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IProjectAccess projectAccess,
    TimeProvider timeProvider,
    DashboardStatsCache cache)
    : IRequestHandler<GetDashboardStatsQuery, DashboardStatsDto>
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<DashboardStatsDto> Handle(GetDashboardStatsQuery request, CancellationToken cancellationToken)
    {
        var scope = await ProjectScope.ResolveAsync(request.ProjectId, currentUser, projectAccess, cancellationToken);
        return await cache.GetOrComputeAsync(scope.Key, () => ComputeAsync(scope, cancellationToken));
    }

    private async Task<DashboardStatsDto> ComputeAsync(ProjectScope scope, CancellationToken cancellationToken)
    {
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
