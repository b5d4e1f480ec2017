using Invoke.Application.Functions.Commands.UpdateFunction;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Functions;

public sealed class UpdateFunctionCommandValidatorTests
{
    private readonly UpdateFunctionCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenNoFieldIsGiven_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, Command());

        Assert.Equal(["No fields to update"], errors["body"]);
    }

    [Theory]
    [InlineData(null, null, false, null)]
    [InlineData(null, "", null, null)]
    [InlineData(null, null, null, true)]
    public void Validate_WhenAnyFieldIsGiven_ShouldAccept(string? name, string? description, bool? requiresApiKey, bool? isActive)
    {
        var result = _validator.Validate(Command() with { Name = name, Description = description, RequiresApiKey = requiresApiKey, IsActive = isActive });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_WhenTheNewNameIsBlank_ShouldReportTheName()
    {
        var errors = WireErrors.Of(_validator, Command() with { Name = " " });

        Assert.Equal(["name"], errors.Keys);
    }

    [Theory]
    [InlineData(true, null, null, null)]
    [InlineData(null, 30, null, null)]
    [InlineData(null, null, false, null)]
    [InlineData(null, null, null, 512)]
    public void Validate_WhenOnlyALimitIsGiven_ShouldAccept(bool? timeoutEnabled, int? seconds, bool? memoryEnabled, int? megabytes)
    {
        var command = Command() with
        {
            CustomTimeoutEnabled = timeoutEnabled, CustomTimeoutSeconds = seconds, CustomMemoryEnabled = memoryEnabled, CustomMemoryMb = megabytes,
        };

        Assert.True(_validator.Validate(command).IsValid);
    }

    [Theory]
    [InlineData(0, null, "custom_timeout_seconds")]
    [InlineData(-30, null, "custom_timeout_seconds")]
    [InlineData(null, 0, "custom_memory_mb")]
    [InlineData(null, -1, "custom_memory_mb")]
    public void Validate_WhenALimitIsNotPositive_ShouldReportIt(int? seconds, int? megabytes, string field)
    {
        var errors = WireErrors.Of(_validator, Command() with { CustomTimeoutSeconds = seconds, CustomMemoryMb = megabytes });

        Assert.Equal([$"{field} must be a positive integer"], errors[field]);
    }

    private static UpdateFunctionCommand Command() => new(Guid.NewGuid(), null, null, null, null, null, null, null, null);
}
