using FluentValidation;

namespace Invoke.Application.ProjectMembers.Queries.GetProjectMembers;

public sealed class GetProjectMembersQueryValidator : AbstractValidator<GetProjectMembersQuery>
{
    public GetProjectMembersQueryValidator() =>
        RuleFor(q => q.ProjectId).NotNull().WithMessage("Project ID is required");
}
