using FluentValidation;
using Invoke.Application.ExecutionLogs.Common;

namespace Invoke.Application.ExecutionLogs.Queries.GetFunctionLogs;

public sealed class GetFunctionLogsQueryValidator : AbstractValidator<GetFunctionLogsQuery>
{
    public GetFunctionLogsQueryValidator() => Include(new LogPageRequestValidator());
}
