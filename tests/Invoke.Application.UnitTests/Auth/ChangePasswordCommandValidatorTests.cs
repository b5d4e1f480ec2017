using FluentValidation.TestHelper;
using Invoke.Application.Auth.Commands.ChangePassword;
using Invoke.Application.Common.Security;

namespace Invoke.Application.UnitTests.Auth;

public sealed class ChangePasswordCommandValidatorTests
{
    private readonly ChangePasswordCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenNewPasswordExceeds72Bytes_ShouldFail()
    {
        var result = _validator.TestValidate(new ChangePasswordCommand("current", new string('é', 37)));

        result.ShouldHaveValidationErrorFor(c => c.NewPassword).WithErrorMessage(PasswordRules.TooLongMessage);
    }

    [Fact]
    public void Validate_WhenAPasswordIsMissing_ShouldSayOnceThatBothAreRequired()
    {
        var result = _validator.TestValidate(new ChangePasswordCommand("", ""));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(ChangePasswordCommandValidator.BothRequiredMessage, failure.ErrorMessage);
    }

    [Fact]
    public void Validate_WhenBothArePresentAndShortEnough_ShouldPass()
    {
        var result = _validator.TestValidate(new ChangePasswordCommand("current", "weak"));

        result.ShouldNotHaveAnyValidationErrors();
    }
}
