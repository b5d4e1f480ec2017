using Invoke.Application.Retention.Commands.UpdateFunctionRetention;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Retention;

public sealed class UpdateFunctionRetentionCommandValidatorTests
{
    private readonly UpdateFunctionRetentionCommandValidator _validator = new();

    [Theory]
    [InlineData("time", 7, true)]
    [InlineData("count", 1, true)]
    [InlineData("none", null, false)]
    [InlineData(null, null, null)]
    public void Validate_WhenGivenValuesFit_ShouldAccept(string? type, int? value, bool? enabled)
    {
        Assert.True(_validator.Validate(new UpdateFunctionRetentionCommand(Guid.NewGuid(), type, value, enabled)).IsValid);
    }

    [Theory]
    [InlineData("TIME", 7, "retention_type")]
    [InlineData("forever", 7, "retention_type")]
    [InlineData("time", 0, "retention_value")]
    [InlineData("count", -10, "retention_value")]
    public void Validate_WhenAValueDoesNotFit_ShouldNameIt(string type, int value, string field)
    {
        var errors = WireErrors.Of(_validator, new UpdateFunctionRetentionCommand(Guid.NewGuid(), type, value, true));

        Assert.Equal([field], errors.Keys);
    }
}
