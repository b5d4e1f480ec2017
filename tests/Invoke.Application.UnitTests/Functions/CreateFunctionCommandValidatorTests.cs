using Invoke.Application.Functions.Commands.CreateFunction;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Functions;

public sealed class CreateFunctionCommandValidatorTests
{
    private readonly CreateFunctionCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenProjectIsTheSeededDefaultProject_ShouldAccept()
    {
        var result = _validator.Validate(new CreateFunctionCommand("hello", Guid.Empty, null, false));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_WhenNameAndProjectAreMissing_ShouldReportBothWithTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, new CreateFunctionCommand(null, null, null, false));

        Assert.Equal(["name", "project_id"], errors.Keys.Order());
        Assert.All(errors.Values, messages => Assert.Equal([CreateFunctionCommandValidator.RequiredMessage], messages));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Validate_ShouldMeasureTheNameWithoutSurroundingSpaces(int length, bool valid)
    {
        var name = "  " + new string('n', length) + "  ";

        var result = _validator.Validate(new CreateFunctionCommand(name, Guid.NewGuid(), null, false));

        Assert.Equal(valid, result.IsValid);
    }
}
