using FluentValidation;

namespace Invoke.Application.ProjectMembers.Commands.AddProjectMember;

public sealed class AddProjectMemberCommandValidator : AbstractValidator<AddProjectMemberCommand>
{
    public const string Required = "Project ID and User ID are required";

    public AddProjectMemberCommandValidator()
    {
        RuleFor(c => c.ProjectId).NotNull().WithMessage(Required);
        RuleFor(c => c.UserId).NotNull().WithMessage(Required).PositiveId("userId");
        RuleFor(c => c.Role).ValidRole();
    }
}
