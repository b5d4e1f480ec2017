using FluentValidation;
using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;

namespace Invoke.Application.Auth.Commands.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public const string BothRequiredMessage = "Current password and new password are required";

    public ChangePasswordCommandValidator(IPasswordStrengthEstimator estimator, ICurrentUser currentUser)
    {
        // The original answers one message at a time, and judges the new password before the current one.
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(BothRequiredMessage);
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage(BothRequiredMessage);
        RuleFor(c => c.CurrentPassword)
            .MaximumLength(LoginCommandValidator.PasswordMaxLength)
            .WithMessage($"Current password must be {LoginCommandValidator.PasswordMaxLength} characters or less");
        RuleFor(c => c.NewPassword).StrongPassword(estimator, _ => [currentUser.Username, currentUser.Email]);
    }
}
