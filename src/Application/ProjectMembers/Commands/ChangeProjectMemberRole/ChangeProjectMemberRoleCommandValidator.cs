using FluentValidation;

namespace Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;

public sealed class ChangeProjectMemberRoleCommandValidator : AbstractValidator<ChangeProjectMemberRoleCommand>
{
    public const string Required = "Membership ID and role are required";

    public ChangeProjectMemberRoleCommandValidator()
    {
        RuleFor(c => c.MembershipId).NotNull().WithMessage(Required).PositiveId("membershipId");
        RuleFor(c => c.Role).NotEmpty().WithMessage(Required).ValidRole();
    }
}
