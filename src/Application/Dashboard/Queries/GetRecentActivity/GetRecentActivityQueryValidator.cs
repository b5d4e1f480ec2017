using FluentValidation;
using Invoke.Application.ExecutionLogs.Common;

namespace Invoke.Application.Dashboard.Queries.GetRecentActivity;

public sealed class GetRecentActivityQueryValidator : AbstractValidator<GetRecentActivityQuery>
{
    public GetRecentActivityQueryValidator() =>
        RuleFor(q => q.ProjectId).Must(ProjectScope.IsValid).WithMessage(ProjectScope.InvalidProjectIdMessage);
}
