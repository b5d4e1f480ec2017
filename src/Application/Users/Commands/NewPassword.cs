using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;

namespace Invoke.Application.Users.Commands;

/// <summary>
/// Judges and hashes a password an administrator sets for a user. A weak one is refused with the estimator's feedback
/// and its <c>score</c>, which the original's admin UI shows.
/// </summary>
internal static class NewPassword
{
    public static string Hash(
        IPasswordStrengthEstimator estimator, IPasswordHasher hasher, string password, params string[] userInputs)
    {
        var strength = estimator.Estimate(password, userInputs);
        if (!strength.IsStrongEnough)
        {
            throw new BadRequestException(
                strength.Feedback, "password", new Dictionary<string, object?> { ["score"] = strength.Score });
        }

        return hasher.Hash(password);
    }
}
