using Invoke.Application.Common.Security;
using Invoke.Infrastructure.Identity;

namespace Invoke.Api.IntegrationTests.Auth.Identity;

public sealed class ZxcvbnPasswordStrengthEstimatorTests
{
    private readonly ZxcvbnPasswordStrengthEstimator _estimator = new();

    [Theory]
    [InlineData("correcthorsebatterystaple")]
    [InlineData("plum-Orbit-glacier-57-hum")]
    [InlineData("kjh3$kj2h!Qz")]
    public void Estimate_WhenPasswordIsHardToGuess_ShouldScoreAtLeastThree(string password)
    {
        var strength = _estimator.Estimate(password, []);

        Assert.True(strength.IsStrongEnough, $"score {strength.Score}");
        Assert.Equal(string.Empty, strength.Feedback);
    }

    [Theory]
    [InlineData("password", "This is a top-10 common password")]
    [InlineData("P@ssw0rd!", "This is similar to a commonly used password")]
    [InlineData("zxcvbnm,./", "Straight rows of keys are easy to guess")]
    [InlineData("abcdefgh", "Sequences like abc or 6543 are easy to guess")]
    [InlineData("aaaaaaaaaaaa", "Repeats like \"aaa\" are easy to guess")]
    [InlineData("Jennifer", "Names and surnames by themselves are easy to guess")]
    [InlineData("johnsmith1990", "Common names and surnames are easy to guess")]
    [InlineData("1990-12-01", "Dates are often easy to guess")]
    public void Estimate_WhenPasswordIsWeak_ShouldScoreBelowThreeWithZxcvbnsWarning(string password, string feedback)
    {
        var strength = _estimator.Estimate(password, []);

        Assert.InRange(strength.Score, 0, PasswordStrength.MinimumScore - 1);
        Assert.Equal(feedback, strength.Feedback);
    }

    [Fact]
    public void Estimate_WhenThePasswordIsBuiltOnTheUsersOwnName_ShouldScoreLower()
    {
        const string password = "zaphodbeeblebrox42";

        var withoutInputs = _estimator.Estimate(password, []);
        var withInputs = _estimator.Estimate(password, ["zaphodbeeblebrox", "zaphod@example.test"]);

        Assert.True(withInputs.Score < withoutInputs.Score, $"{withInputs.Score} vs {withoutInputs.Score}");
        Assert.False(withInputs.IsStrongEnough);
    }

    [Fact]
    public void Estimate_WhenWeakWithoutANamedPattern_ShouldAdviseAddingWords()
    {
        var strength = _estimator.Estimate("xk2#", []);

        Assert.False(strength.IsStrongEnough);
        Assert.Equal(ZxcvbnPasswordStrengthEstimator.AddAnotherWord, strength.Feedback);
    }
}
