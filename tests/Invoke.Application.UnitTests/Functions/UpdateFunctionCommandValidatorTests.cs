using Invoke.Application.Functions.Commands.UpdateFunction;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Functions;

public sealed class UpdateFunctionCommandValidatorTests
{
    private readonly UpdateFunctionCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenNoFieldIsGiven_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, new UpdateFunctionCommand(Guid.NewGuid(), null, null, null, null));

        Assert.Equal(["No fields to update"], errors["body"]);
    }

    [Theory]
    [InlineData(null, null, false, null)]
    [InlineData(null, "", null, null)]
    [InlineData(null, null, null, true)]
    public void Validate_WhenAnyFieldIsGiven_ShouldAccept(string? name, string? description, bool? requiresApiKey, bool? isActive)
    {
        var result = _validator.Validate(new UpdateFunctionCommand(Guid.NewGuid(), name, description, requiresApiKey, isActive));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_WhenTheNewNameIsBlank_ShouldReportTheName()
    {
        var errors = WireErrors.Of(_validator, new UpdateFunctionCommand(Guid.NewGuid(), " ", null, null, null));

        Assert.Equal(["name"], errors.Keys);
    }
}
