using System.Text;
using FluentValidation;
using Invoke.Application.Common.Exceptions;
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

    public static IRuleBuilderOptions<T, string?> ValidPasswordLength<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || Encoding.UTF8.GetByteCount(value) <= MaxBytes)
            .WithMessage(TooLongMessage);

    /// <summary>
    /// Refuses a new password that scores below <see cref="PasswordStrength.MinimumScore"/>, with the estimator's
    /// feedback as the message and its <c>score</c> both at the top level (which the original's admin routes answer)
    /// and in <c>data</c> (which its change-password route answers), so either client reads it.
    /// </summary>
    /// <param name="field">The wire name of the password field, named in <c>errors</c>.</param>
    /// <param name="userInputs">What the user is known by (username, email), which makes a guess easier.</param>
    public static void EnsureStrong(
        IPasswordStrengthEstimator estimator, string password, string field, params string[] userInputs)
    {
        var strength = estimator.Estimate(password, userInputs);
        if (!strength.IsStrongEnough)
        {
            throw new BadRequestException(
                strength.Feedback,
                field,
                new Dictionary<string, object?> { ["score"] = strength.Score },
                new Dictionary<string, object?> { ["score"] = strength.Score });
        }
    }
}
