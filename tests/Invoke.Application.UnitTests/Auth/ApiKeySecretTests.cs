using Invoke.Application.Common.Security;

namespace Invoke.Application.UnitTests.Auth;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void Generate_ShouldGive64LowercaseHexCharactersThatDifferEveryTime()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeySecret.Generate()).ToList();

        Assert.All(keys, key => Assert.Matches("^[0-9a-f]{64}$", key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Generate_ShouldUseEveryHexDigit()
    {
        var digits = string.Concat(Enumerable.Range(0, 20).Select(_ => ApiKeySecret.Generate())).ToHashSet();

        Assert.Equal(16, digits.Count);
    }

    [Fact]
    public void Hash_ShouldBeTheLowercaseSha256HexOfTheKeyLikeTheOriginal()
    {
        var hash = ApiKeySecret.Hash("abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Theory]
    [InlineData("10521961f03848bb6a6a4a6d2077cb64af140723ab372eb48743d2d33f39c39c", true)]
    [InlineData("10521961F03848BB6A6A4A6D2077CB64AF140723AB372EB48743D2D33F39C39C", false)]
    [InlineData("10521961f03848bb6a6a4a6d2077cb64af140723ab372eb48743d2d33f39c39", false)]
    [InlineData("g0521961f03848bb6a6a4a6d2077cb64af140723ab372eb48743d2d33f39c39c", false)]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOjF9.c2lnbmF0dXJl", false)]
    [InlineData("", false)]
    public void IsWellFormed_ShouldAcceptOnlyTheFormOfIssuedKeys(string candidate, bool expected)
    {
        var wellFormed = ApiKeySecret.IsWellFormed(candidate);

        Assert.Equal(expected, wellFormed);
    }
}
