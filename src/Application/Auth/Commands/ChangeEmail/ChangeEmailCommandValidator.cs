using System.Text.RegularExpressions;
using FluentValidation;
using Invoke.Domain.Users;

namespace Invoke.Application.Auth.Commands.ChangeEmail;

public sealed partial class ChangeEmailCommandValidator : AbstractValidator<ChangeEmailCommand>
{
    public ChangeEmailCommandValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Email).NotEmpty().WithMessage("Email is required");
        RuleFor(c => c.Email)
            .MaximumLength(User.EmailMaxLength)
            .WithMessage($"Email must be {User.EmailMaxLength} characters or less");
        RuleFor(c => c.Email).Matches(EmailFormat()).WithMessage("Invalid email format");
    }

    /// <summary>The original's check: something@something.something without whitespace.</summary>
    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    private static partial Regex EmailFormat();
}
