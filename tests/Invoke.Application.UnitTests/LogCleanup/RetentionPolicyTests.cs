using Invoke.Application.LogCleanup.Commands.CleanupLogs;

namespace Invoke.Application.UnitTests.LogCleanup;

public sealed class RetentionPolicyTests
{
    [Theory]
    [InlineData("time", 7, true)]
    [InlineData("count", 1, true)]
    [InlineData("time", 0, false)]
    [InlineData("count", -2, false)]
    [InlineData("time", null, false)]
    [InlineData("none", 7, false)]
    [InlineData("TIME", 7, false)]
    [InlineData(null, 7, false)]
    public void Deletes_ShouldHoldOnlyForTimeOrCountWithAPositiveValue(string? type, int? value, bool expected)
    {
        var deletes = new RetentionPolicy(type, value).Deletes;

        Assert.Equal(expected, deletes);
    }
}
