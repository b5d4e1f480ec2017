using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Zxcvbn.Matcher;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Scores with zxcvbn-core (a port of zxcvbn's first algorithm) and words the feedback as zxcvbn 4.4.2, the
/// original's version, would for the pattern that covers most of the password (docs/adr/0009).
/// </summary>
internal sealed class ZxcvbnPasswordStrengthEstimator : IPasswordStrengthEstimator
{
    public const string AddAnotherWord = "Add another word or two. Uncommon words are better.";

    // zxcvbn 4 calls a dictionary match "similar to a commonly used password" up to 10^4 guesses (2^13.3).
    private const double CommonPasswordEntropyBits = 13.29;

    public PasswordStrength Estimate(string password, IEnumerable<string> userInputs)
    {
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, userInputs.Where(input => input.Length > 0));
        var score = Math.Clamp(result.Score, 0, 4);
        if (score >= PasswordStrength.MinimumScore)
        {
            return new PasswordStrength(score, string.Empty);
        }

        var longest = result.MatchSequence.MaxBy(m => m.Token.Length);
        var warning = longest is null ? null : Warning(longest, isSoleMatch: result.MatchSequence.Count == 1);
        return new PasswordStrength(score, string.IsNullOrEmpty(warning) ? AddAnotherWord : warning);
    }

    private static string? Warning(Zxcvbn.Match match, bool isSoleMatch) => match switch
    {
        DictionaryMatch dictionary => DictionaryWarning(dictionary, isSoleMatch),
        SpatialMatch { Turns: 1 } => "Straight rows of keys are easy to guess",
        SpatialMatch => "Short keyboard patterns are easy to guess",
        RepeatMatch => "Repeats like \"aaa\" are easy to guess",
        SequenceMatch => "Sequences like abc or 6543 are easy to guess",
        DateMatch => "Dates are often easy to guess",
        _ when match.Pattern == "year" => "Recent years are easy to guess",
        _ => null,
    };

    private static string? DictionaryWarning(DictionaryMatch match, bool isSoleMatch) => match.DictionaryName switch
    {
        "passwords" when isSoleMatch && match is not L33tDictionaryMatch => match.Rank switch
        {
            <= 10 => "This is a top-10 common password",
            <= 100 => "This is a top-100 common password",
            _ => "This is a very common password",
        },
        "passwords" when match.Entropy <= CommonPasswordEntropyBits => "This is similar to a commonly used password",
        "english" when isSoleMatch => "A word by itself is easy to guess",
        "surnames" or "male_names" or "female_names" => isSoleMatch
            ? "Names and surnames by themselves are easy to guess"
            : "Common names and surnames are easy to guess",
        _ => null,
    };
}
