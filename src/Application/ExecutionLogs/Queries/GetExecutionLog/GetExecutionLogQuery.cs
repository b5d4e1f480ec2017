using MediatR;

namespace Invoke.Application.ExecutionLogs.Queries.GetExecutionLog;

public sealed record GetExecutionLogQuery(Guid FunctionId, int LogId) : IRequest<ExecutionLogDetailDto>;
