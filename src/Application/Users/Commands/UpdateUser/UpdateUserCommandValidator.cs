using FluentValidation;
using Invoke.Application.Common.Security;

namespace Invoke.Application.Users.Commands.UpdateUser;

public sealed class UpdateUserCommandValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserCommandValidator()
    {
        RuleFor(c => c.Id).RequiredUserId();
        RuleFor(c => c.Username).ValidUsername();
        RuleFor(c => c.Email).ValidEmailLength();
        RuleFor(c => c.Password).ValidPasswordLength();
    }
}
