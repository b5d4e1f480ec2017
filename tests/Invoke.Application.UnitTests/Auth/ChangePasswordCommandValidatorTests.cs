using FluentValidation.TestHelper;
using Invoke.Application.Auth.Commands.ChangePassword;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using NSubstitute;

namespace Invoke.Application.UnitTests.Auth;

public sealed class ChangePasswordCommandValidatorTests
{
    private readonly IPasswordStrengthEstimator _estimator = Substitute.For<IPasswordStrengthEstimator>();
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();

    public ChangePasswordCommandValidatorTests()
    {
        _currentUser.Username.Returns("alice");
        _currentUser.Email.Returns("alice@example.test");
    }

    [Fact]
    public void Validate_WhenNewPasswordScoresBelowThree_ShouldFailWithTheEstimatorsFeedback()
    {
        _estimator.Estimate("alice2024", Arg.Any<IEnumerable<string>>())
            .Returns(new PasswordStrength(1, "Names and surnames by themselves are easy to guess"));

        var result = Validator().TestValidate(new ChangePasswordCommand("current", "alice2024"));

        result.ShouldHaveValidationErrorFor(c => c.NewPassword)
            .WithErrorMessage("Names and surnames by themselves are easy to guess");
    }

    [Fact]
    public void Validate_WhenNewPasswordScoresThree_ShouldPass()
    {
        _estimator.Estimate(Arg.Any<string>(), Arg.Any<IEnumerable<string>>()).Returns(new PasswordStrength(3, string.Empty));

        var result = Validator().TestValidate(new ChangePasswordCommand("current", "plum-Orbit-glacier"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ShouldGiveTheEstimatorTheUsersNameAndEmailAsGuesses()
    {
        _estimator.Estimate(Arg.Any<string>(), Arg.Any<IEnumerable<string>>()).Returns(new PasswordStrength(4, string.Empty));

        Validator().TestValidate(new ChangePasswordCommand("current", "plum-Orbit-glacier"));

        _estimator.Received(1).Estimate(
            "plum-Orbit-glacier",
            Arg.Is<IEnumerable<string>>(inputs => inputs.SequenceEqual(new[] { "alice", "alice@example.test" })));
    }

    [Fact]
    public void Validate_WhenNewPasswordExceeds72Bytes_ShouldFailWithoutEstimating()
    {
        var result = Validator().TestValidate(new ChangePasswordCommand("current", new string('é', 37)));

        result.ShouldHaveValidationErrorFor(c => c.NewPassword).WithErrorMessage(PasswordRules.TooLongMessage);
        _estimator.DidNotReceiveWithAnyArgs().Estimate(default!, default!);
    }

    [Fact]
    public void Validate_WhenAPasswordIsMissing_ShouldSayBothAreRequiredAndNotEstimate()
    {
        var result = Validator().TestValidate(new ChangePasswordCommand("", "weak"));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(ChangePasswordCommandValidator.BothRequiredMessage, failure.ErrorMessage);
        _estimator.DidNotReceiveWithAnyArgs().Estimate(default!, default!);
    }

    private ChangePasswordCommandValidator Validator() => new(_estimator, _currentUser);
}
