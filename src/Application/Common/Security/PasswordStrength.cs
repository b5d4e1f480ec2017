namespace Invoke.Application.Common.Security;

/// <summary>A zxcvbn score (0 to 4) and the sentence that tells a user what is wrong with a weak password.</summary>
public sealed record PasswordStrength(int Score, string Feedback)
{
    /// <summary>The original accepts scores of 3 ("safely unguessable") and 4.</summary>
    public const int MinimumScore = 3;

    public bool IsStrongEnough => Score >= MinimumScore;
}
