using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionApiKeyTests
{
    [Fact]
    public void Generate_ShouldReturn64LowercaseHexCharacters()
    {
        var key = FunctionApiKey.Generate();

        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void Generate_ShouldNeverRepeatAKey()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => FunctionApiKey.Generate()).ToHashSet();

        Assert.Equal(1000, keys.Count);
    }
}
