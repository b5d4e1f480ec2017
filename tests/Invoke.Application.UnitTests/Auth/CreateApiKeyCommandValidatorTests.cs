using FluentValidation.TestHelper;
using Invoke.Application.ApiKeys.Commands.CreateApiKey;

namespace Invoke.Application.UnitTests.Auth;

public sealed class CreateApiKeyCommandValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_WhenNameIsMissingOrBlank_ShouldSayItIsRequired(string? name)
    {
        var result = new CreateApiKeyCommandValidator().TestValidate(new CreateApiKeyCommand(name));

        result.ShouldHaveValidationErrorFor(c => c.Name).WithErrorMessage("API key name is required");
    }

    [Fact]
    public void Validate_WhenNameHas101Characters_ShouldRefuseIt()
    {
        var result = new CreateApiKeyCommandValidator().TestValidate(new CreateApiKeyCommand(new string('n', 101)));

        result.ShouldHaveValidationErrorFor(c => c.Name).WithErrorMessage("API key name must be 100 characters or less");
    }

    [Fact]
    public void Validate_WhenNameHas100Characters_ShouldPass()
    {
        var result = new CreateApiKeyCommandValidator().TestValidate(new CreateApiKeyCommand(new string('n', 100)));

        result.ShouldNotHaveAnyValidationErrors();
    }
}
