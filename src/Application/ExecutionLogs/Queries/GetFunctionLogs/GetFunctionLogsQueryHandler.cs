using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;

public sealed class GetFunctionLogsQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<GetFunctionLogsQuery, LogPageDto<FunctionLogDto>>
{
    public async Task<LogPageDto<FunctionLogDto>> Handle(
        GetFunctionLogsQuery request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        var logs = LogStatusFilter.Apply(
            db.ExecutionLogs.AsNoTracking().Where(l => l.FunctionId == request.FunctionId), request.Status);

        var totalCount = await logs.CountAsync(cancellationToken);
        var rows = await logs
            .OrderByDescending(l => l.ExecutedAt).ThenByDescending(l => l.Id)
            .Skip(ILogPageRequest.Offset(request)).Take(request.Limit)
            .Select(l => new
            {
                l.Id, l.StatusCode, l.ExecutionTimeMs, l.RequestSize, l.ResponseSize, l.ErrorMessage, l.ClientIp,
                l.UserAgent, l.ExecutedAt,
            })
            .ToListAsync(cancellationToken);

        var page = rows.ConvertAll(l => new FunctionLogDto(
            l.Id, l.StatusCode, l.ExecutionTimeMs, l.RequestSize, l.ResponseSize, l.ErrorMessage, l.ClientIp?.ToString(),
            l.UserAgent, l.ExecutedAt));
        return new LogPageDto<FunctionLogDto>(page, PaginationDto.Of(request.Page, request.Limit, totalCount));
    }
}
