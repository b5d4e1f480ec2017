using Invoke.Application.ExecutionLogs.Common;
using MediatR;

namespace Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;

public sealed record GetFunctionLogsQuery(
    Guid FunctionId,
    int Page = ILogPageRequest.DefaultPage,
    int Limit = ILogPageRequest.DefaultLimit,
    string Status = LogStatusFilter.All) : IRequest<LogPageDto<FunctionLogDto>>, ILogPageRequest;
