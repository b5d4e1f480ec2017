using System.Globalization;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Dashboard.Queries.GetRecentActivity;

public sealed class GetRecentActivityQueryHandler(
    IApplicationDbContext db, ICurrentUser currentUser, IProjectAccess projectAccess, TimeProvider timeProvider)
    : IRequestHandler<GetRecentActivityQuery, IReadOnlyList<RecentActivityDto>>
{
    public const int MaxItems = 10;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<RecentActivityDto>> Handle(
        GetRecentActivityQuery request, CancellationToken cancellationToken)
    {
        var scope = await ProjectScope.ResolveAsync(request.ProjectId, currentUser, projectAccess, cancellationToken);
        var since = timeProvider.GetUtcNow().UtcDateTime - Window;

        var rows = await (
                from log in scope.FunctionLogs(db.ExecutionLogs.AsNoTracking(), db)
                where log.ExecutedAt > since
                join function in db.Functions on log.FunctionId equals function.Id
                orderby log.ExecutedAt descending, log.Id descending
                select new { log.Id, log.FunctionId, function.Name, log.StatusCode, log.ExecutionTimeMs, log.ExecutedAt })
            .Take(MaxItems)
            .ToListAsync(cancellationToken);

        // A log without a status counts as an error, as in the original.
        return rows.ConvertAll(row => new RecentActivityDto(
            row.Id.ToString(CultureInfo.InvariantCulture),
            row.FunctionId,
            row.Name,
            row.StatusCode < LogStatusFilter.FirstErrorStatus ? RecentActivityDto.Success : RecentActivityDto.Error,
            row.ExecutionTimeMs,
            row.ExecutedAt));
    }
}
