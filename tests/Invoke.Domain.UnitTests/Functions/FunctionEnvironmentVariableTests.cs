using Invoke.Domain.Common;
using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionEnvironmentVariableTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("_private")]
    [InlineData("api_URL_2")]
    public void Create_WhenNameIsAnIdentifier_ShouldAccept(string name)
    {
        var variable = FunctionEnvironmentVariable.Create(Guid.NewGuid(), name, "value", null);

        Assert.Equal(name, variable.VariableName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1ST")]
    [InlineData("WITH-DASH")]
    [InlineData("WITH SPACE")]
    [InlineData("TRAILING\n")]
    public void Create_WhenNameIsNotAnIdentifier_ShouldRefuse(string name)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => FunctionEnvironmentVariable.Create(Guid.NewGuid(), name, "value", null));

        Assert.Equal("variable_name", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameIsTooLong_ShouldRefuse()
    {
        var name = new string('A', EnvironmentVariable.NameMaxLength + 1);

        var refusal = Assert.Throws<InvalidValueException>(() => FunctionEnvironmentVariable.Create(Guid.NewGuid(), name, "value", null));

        Assert.Equal("variable_name", refusal.Field);
    }

    [Fact]
    public void Create_WhenValueIsEmpty_ShouldAccept()
    {
        var variable = FunctionEnvironmentVariable.Create(Guid.NewGuid(), "EMPTY", string.Empty, null);

        Assert.Equal(string.Empty, variable.VariableValue);
    }

    [Fact]
    public void Update_ShouldReplaceValueAndDescription()
    {
        var variable = FunctionEnvironmentVariable.Create(Guid.NewGuid(), "KEY", "old", "old description");

        variable.Update("new", null);

        Assert.Equal(("new", (string?)null), (variable.VariableValue, variable.Description));
    }
}
