using FluentValidation;

namespace Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;

public sealed class RemoveProjectMemberCommandValidator : AbstractValidator<RemoveProjectMemberCommand>
{
    public RemoveProjectMemberCommandValidator() =>
        RuleFor(c => c.MembershipId).NotNull().WithMessage("Membership ID is required").PositiveId("membershipId");
}
