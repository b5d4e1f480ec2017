using FluentValidation;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Users;

namespace Invoke.Application.Auth.Commands.Login;

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public const string CredentialsRequiredMessage = "Username and password are required";
    public const string ChallengeRequiredMessage = "Verification challenge required";

    /// <summary>Longer than any bcrypt input (72 bytes); only bounds the work a request can cause.</summary>
    public const int PasswordMaxLength = 1024;

    public LoginCommandValidator(ICaptchaVerifier captcha)
    {
        // The original answers one message at a time, in this order.
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Username).NotEmpty().WithMessage(CredentialsRequiredMessage);
        RuleFor(c => c.Password).NotEmpty().WithMessage(CredentialsRequiredMessage);
        RuleFor(c => c.Username)
            .MaximumLength(User.EmailMaxLength)
            .WithMessage($"Username must be {User.EmailMaxLength} characters or less");
        RuleFor(c => c.Password)
            .MaximumLength(PasswordMaxLength)
            .WithMessage($"Password must be {PasswordMaxLength} characters or less");
        RuleFor(c => c.TurnstileToken)
            .NotEmpty()
            .When(_ => captcha.IsEnabled)
            .WithMessage(ChallengeRequiredMessage);
    }
}
