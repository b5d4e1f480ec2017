using FluentValidation;
using Invoke.Application.Common.Security;

namespace Invoke.Application.Users.Commands.CreateUser;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public const string Required = "Username, email, and password are required";

    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Username).Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(Required).ValidUsername();
        RuleFor(c => c.Email).Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(Required).ValidEmailLength();
        RuleFor(c => c.Password).NotEmpty().WithMessage(Required).ValidPasswordLength();
    }
}
