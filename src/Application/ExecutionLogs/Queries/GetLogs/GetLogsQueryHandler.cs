using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ExecutionLogs.Queries.GetLogs;

public sealed class GetLogsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IProjectAccess projectAccess)
    : IRequestHandler<GetLogsQuery, LogPageDto<LogEntryDto>>
{
    public async Task<LogPageDto<LogEntryDto>> Handle(GetLogsQuery request, CancellationToken cancellationToken)
    {
        var scope = await ProjectScope.ResolveAsync(request.ProjectId, currentUser, projectAccess, cancellationToken);

        var allLogs = db.ExecutionLogs.AsNoTracking();
        // Everything in scope includes logs whose function is unknown, which the original's left join kept.
        var logs = LogStatusFilter.Apply(
            scope.IsUnrestricted ? allLogs : scope.FunctionLogs(allLogs, db), request.Status);

        var totalCount = await logs.CountAsync(cancellationToken);
        var rows = await (
                from log in logs
                join function in db.Functions on log.FunctionId equals function.Id into functions
                from function in functions.DefaultIfEmpty()
                orderby log.ExecutedAt descending, log.Id descending
                select new { Log = log, FunctionName = function == null ? null : function.Name })
            .Skip(ILogPageRequest.Offset(request)).Take(request.Limit)
            .ToListAsync(cancellationToken);

        var page = rows.ConvertAll(row => new LogEntryDto(row.Log, row.FunctionName));
        return new LogPageDto<LogEntryDto>(page, PaginationDto.Of(request.Page, request.Limit, totalCount));
    }
}
