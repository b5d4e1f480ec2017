using Invoke.Domain.Common;

namespace Invoke.Domain.UnitTests.Common;

public sealed class EnvironmentVariableNameTests
{
    [Theory]
    [InlineData("GREETING")]
    [InlineData("_private")]
    [InlineData("db_Host_2")]
    public void IsValidName_WhenNameIsAnIdentifier_ShouldAccept(string name)
    {
        Assert.True(EnvironmentVariable.IsValidName(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2FA")]
    [InlineData("A=B")]
    [InlineData("HAS SPACE")]
    [InlineData("DASHED-NAME")]
    [InlineData("NAME\n")]
    [InlineData("ÄPFEL")]
    public void IsValidName_WhenNameIsNotAnIdentifier_ShouldRefuse(string? name)
    {
        Assert.False(EnvironmentVariable.IsValidName(name));
    }
}
