using FluentValidation;
using Invoke.Application.ExecutionLogs.Common;

namespace Invoke.Application.ExecutionLogs.Queries.GetLogs;

public sealed class GetLogsQueryValidator : AbstractValidator<GetLogsQuery>
{
    public GetLogsQueryValidator()
    {
        Include(new LogPageRequestValidator());
        RuleFor(q => q.ProjectId).Must(ProjectScope.IsValid).WithMessage(ProjectScope.InvalidProjectIdMessage);
    }
}
