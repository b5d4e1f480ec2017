using Invoke.Application.EnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.ProjectEnvironmentVariables;

/// <summary>Project variables follow the function variables' rules, with the same messages.</summary>
public sealed class ReplaceProjectEnvironmentVariablesCommandValidatorTests
{
    private readonly ReplaceProjectEnvironmentVariablesCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenANameRepeats_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, Command(Variable("SAME"), Variable("SAME")));

        Assert.Equal(["Duplicate variable name found"], errors["variables"]);
    }

    [Fact]
    public void Validate_WhenANameIsNotPortable_ShouldReportIt()
    {
        var errors = WireErrors.Of(_validator, Command(Variable("NOT-PORTABLE")));

        Assert.Equal(
            ["Invalid variable name: NOT-PORTABLE. Must contain only letters, numbers, and underscores, and cannot start with a number."],
            errors.Values.SelectMany(messages => messages));
    }

    [Fact]
    public void Validate_WhenTheListIsMissing_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(_validator, new ReplaceProjectEnvironmentVariablesCommand(Guid.NewGuid(), null));

        Assert.Equal(["Variables must be an array"], errors["variables"]);
    }

    [Fact]
    public void Validate_WhenTheListIsEmpty_ShouldAccept()
    {
        Assert.True(_validator.Validate(Command()).IsValid);
    }

    private static ReplaceProjectEnvironmentVariablesCommand Command(params EnvironmentVariableInput[] variables) =>
        new(Guid.NewGuid(), variables);

    private static EnvironmentVariableInput Variable(string name) => new(name, "value", null);
}
