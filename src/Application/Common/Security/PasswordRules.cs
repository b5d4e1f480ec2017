using System.Text;
using FluentValidation;
using Invoke.Application.Common.Interfaces;

namespace Invoke.Application.Common.Security;

/// <summary>The rules every new password follows, wherever it is set (admin-api.md §2.7).</summary>
public static class PasswordRules
{
    /// <summary>
    /// bcrypt reads only the first 72 bytes, so longer passwords would be silently cut; the limit also bounds the
    /// strength estimate, whose cost grows with the square of the length (docs/adr/0009).
    /// </summary>
    public const int MaxBytes = 72;

    public const string TooLongMessage = "Password must be at most 72 bytes long";

    /// <summary>
    /// Refuses a password that is too long or scores below <see cref="PasswordStrength.MinimumScore"/>; the message of
    /// a weak password is the estimator's feedback, as in the original.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> StrongPassword<T>(
        this IRuleBuilder<T, string?> rule, IPasswordStrengthEstimator estimator, Func<T, IEnumerable<string>> userInputs) =>
        rule.Custom((password, context) =>
        {
            if (password is null)
            {
                return;
            }

            if (Encoding.UTF8.GetByteCount(password) > MaxBytes)
            {
                context.AddFailure(TooLongMessage);
                return;
            }

            var strength = estimator.Estimate(password, userInputs(context.InstanceToValidate));
            if (!strength.IsStrongEnough)
            {
                context.AddFailure(strength.Feedback);
            }
        });
}
