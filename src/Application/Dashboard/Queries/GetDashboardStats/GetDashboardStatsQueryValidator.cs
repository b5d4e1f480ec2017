using FluentValidation;
using Invoke.Application.ExecutionLogs.Common;

namespace Invoke.Application.Dashboard.Queries.GetDashboardStats;

public sealed class GetDashboardStatsQueryValidator : AbstractValidator<GetDashboardStatsQuery>
{
    public GetDashboardStatsQueryValidator() =>
        RuleFor(q => q.ProjectId).Must(ProjectScope.IsValid).WithMessage(ProjectScope.InvalidProjectIdMessage);
}
