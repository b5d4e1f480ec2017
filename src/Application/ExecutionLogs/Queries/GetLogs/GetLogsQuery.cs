using Invoke.Application.ExecutionLogs.Common;
using MediatR;

namespace Invoke.Application.ExecutionLogs.Queries.GetLogs;

/// <param name="ProjectId">A project id, <see cref="ProjectScope.System"/> or null: see <see cref="ProjectScope"/>.</param>
public sealed record GetLogsQuery(
    int Page = ILogPageRequest.DefaultPage,
    int Limit = ILogPageRequest.DefaultLimit,
    string Status = LogStatusFilter.All,
    string? ProjectId = null) : IRequest<LogPageDto<LogEntryDto>>, ILogPageRequest;
