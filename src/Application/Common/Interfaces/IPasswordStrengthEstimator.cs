using Invoke.Application.Common.Security;

namespace Invoke.Application.Common.Interfaces;

/// <summary>zxcvbn-style password strength (docs/adr/0009).</summary>
public interface IPasswordStrengthEstimator
{
    /// <param name="userInputs">Words a guesser would try first for this user (username, email).</param>
    PasswordStrength Estimate(string password, IEnumerable<string> userInputs);
}
