using FluentValidation;

namespace Invoke.Application.Users.Commands.DeleteUser;

public sealed class DeleteUserCommandValidator : AbstractValidator<DeleteUserCommand>
{
    public DeleteUserCommandValidator() =>
        RuleFor(c => c.Id).RequiredUserId();
}
