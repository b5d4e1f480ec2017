using FluentValidation;
using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Common.Security;

namespace Invoke.Application.Auth.Commands.ChangePassword;

/// <remarks>The strength of the new password is the handler's to judge: its refusal carries the score.</remarks>
public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public const string BothRequiredMessage = "Current password and new password are required";

    public ChangePasswordCommandValidator()
    {
        // The original answers one message at a time.
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(BothRequiredMessage);
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage(BothRequiredMessage);
        RuleFor(c => c.CurrentPassword)
            .MaximumLength(LoginCommandValidator.PasswordMaxLength)
            .WithMessage($"Current password must be {LoginCommandValidator.PasswordMaxLength} characters or less");
        RuleFor(c => c.NewPassword).ValidPasswordLength();
    }
}
