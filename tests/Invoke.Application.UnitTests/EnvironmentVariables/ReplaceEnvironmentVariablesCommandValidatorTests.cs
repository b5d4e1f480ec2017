using Invoke.Application.EnvironmentVariables;
using Invoke.Application.EnvironmentVariables.Commands.ReplaceEnvironmentVariables;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.EnvironmentVariables;

public sealed class ReplaceEnvironmentVariablesCommandValidatorTests
{
    private readonly ReplaceEnvironmentVariablesCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenEveryVariableIsWellFormed_ShouldAccept()
    {
        var result = _validator.Validate(Command(("A", "1", null), ("_B2", "", "empty values are values")));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_WhenTheListIsMissing_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, new ReplaceEnvironmentVariablesCommand(Guid.NewGuid(), null));

        Assert.Equal(["Variables must be an array"], errors["variables"]);
    }

    [Fact]
    public void Validate_WhenOneVariableIsBad_ShouldNameItsPositionAndField()
    {
        var errors = WireErrors.Of(_validator, Command(("GOOD", "1", null), ("BAD NAME", "2", null), ("NO_VALUE", null, null)));

        Assert.Equal(
            ["Invalid variable name: BAD NAME. Must contain only letters, numbers, and underscores, and cannot start with a number."],
            errors["variables[1].variable_name"]);
        Assert.Equal(["Each variable must have a variable_value"], errors["variables[2].variable_value"]);
    }

    [Fact]
    public void Validate_WhenANameRepeats_ShouldReportTheDuplicate()
    {
        var errors = WireErrors.Of(_validator, Command(("SAME", "1", null), ("SAME", "2", null)));

        Assert.Equal(["Duplicate variable name found"], errors["variables"]);
    }

    [Fact]
    public void Validate_WhenNamesDifferOnlyInCase_ShouldAcceptBoth()
    {
        var result = _validator.Validate(Command(("path", "1", null), ("PATH", "2", null)));

        Assert.True(result.IsValid);
    }

    private static ReplaceEnvironmentVariablesCommand Command(params (string? Name, string? Value, string? Description)[] variables) =>
        new(Guid.NewGuid(), variables.Select(v => new EnvironmentVariableInput(v.Name, v.Value, v.Description)).ToList());
}
