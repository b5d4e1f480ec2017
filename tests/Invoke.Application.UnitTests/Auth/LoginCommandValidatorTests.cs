using FluentValidation.TestHelper;
using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Common.Interfaces;
using NSubstitute;

namespace Invoke.Application.UnitTests.Auth;

public sealed class LoginCommandValidatorTests
{
    private readonly ICaptchaVerifier _captcha = Substitute.For<ICaptchaVerifier>();

    [Fact]
    public void Validate_WhenCaptchaIsOffAndNoToken_ShouldPass()
    {
        _captcha.IsEnabled.Returns(false);

        var result = new LoginCommandValidator(_captcha).TestValidate(new LoginCommand("admin", "secret", null, null, null));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenCaptchaIsOnAndNoToken_ShouldAskForTheChallenge()
    {
        _captcha.IsEnabled.Returns(true);

        var result = new LoginCommandValidator(_captcha).TestValidate(new LoginCommand("admin", "secret", "", null, null));

        result.ShouldHaveValidationErrorFor(c => c.TurnstileToken)
            .WithErrorMessage(LoginCommandValidator.ChallengeRequiredMessage);
    }

    [Fact]
    public void Validate_WhenCredentialsAndTokenAreMissing_ShouldReportOnlyTheCredentialsLikeTheOriginal()
    {
        _captcha.IsEnabled.Returns(true);

        var result = new LoginCommandValidator(_captcha).TestValidate(new LoginCommand(null, null, null, null, null));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(LoginCommandValidator.CredentialsRequiredMessage, failure.ErrorMessage);
        Assert.Equal(nameof(LoginCommand.Username), failure.PropertyName);
    }

    [Fact]
    public void Validate_WhenPasswordIsAbsurdlyLong_ShouldRefuseItBeforeAnyHashing()
    {
        var result = new LoginCommandValidator(_captcha)
            .TestValidate(new LoginCommand("admin", new string('p', LoginCommandValidator.PasswordMaxLength + 1), null, null, null));

        result.ShouldHaveValidationErrorFor(c => c.Password);
    }
}
