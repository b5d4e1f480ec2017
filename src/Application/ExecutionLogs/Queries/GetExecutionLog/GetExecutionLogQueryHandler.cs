using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ExecutionLogs.Queries.GetExecutionLog;

public sealed class GetExecutionLogQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<GetExecutionLogQuery, ExecutionLogDetailDto>
{
    public const string LogNotFoundMessage = "Execution log not found";

    public async Task<ExecutionLogDetailDto> Handle(GetExecutionLogQuery request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        var row = await (
                from log in db.ExecutionLogs.AsNoTracking()
                where log.Id == request.LogId && log.FunctionId == request.FunctionId
                join function in db.Functions on log.FunctionId equals function.Id
                join project in db.Projects on function.ProjectId equals project.Id into projects
                from project in projects.DefaultIfEmpty()
                select new
                {
                    Log = log,
                    FunctionName = function.Name,
                    function.ProjectId,
                    ProjectName = project == null ? null : project.Name,
                    ActiveVersion = function.Versions
                        .Where(v => v.Id == function.ActiveVersionId)
                        .Select(v => (int?)v.Version)
                        .FirstOrDefault(),
                })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(LogNotFoundMessage);

        return new ExecutionLogDetailDto(row.Log, row.FunctionName, row.ProjectId, row.ProjectName, row.ActiveVersion);
    }
}
