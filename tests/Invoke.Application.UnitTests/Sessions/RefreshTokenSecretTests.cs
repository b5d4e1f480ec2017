using Invoke.Application.Common.Security;

namespace Invoke.Application.UnitTests.Sessions;

public sealed class RefreshTokenSecretTests
{
    [Fact]
    public void GenerateSecret_ShouldGive32RandomBytesAsLowercaseHex()
    {
        var first = RefreshTokenSecret.GenerateSecret();
        var second = RefreshTokenSecret.GenerateSecret();

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Hash_ShouldBeTheSecretsSha256AsLowercaseHex()
    {
        var hash = RefreshTokenSecret.Hash("abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Fact]
    public void TryParse_ShouldReadBackWhatComposeWrote()
    {
        var id = Guid.CreateVersion7();
        var secret = RefreshTokenSecret.GenerateSecret();

        var parsed = RefreshTokenSecret.TryParse(RefreshTokenSecret.Compose(id, secret), out var tokenId, out var parsedSecret);

        Assert.True(parsed);
        Assert.Equal((id, secret), (tokenId, parsedSecret));
    }

    public static TheoryData<string?> NotRefreshTokens => new()
    {
        null,
        "",
        new string('a', 64),
        $"{Guid.Empty:N}",
        $"{Guid.Empty:N}.",
        $"{Guid.Empty:N}.{new string('a', 63)}",
        $"{Guid.Empty:N}.{new string('a', 65)}",
        $"{Guid.Empty:N}.{new string('A', 64)}",
        $"{Guid.Empty:N}.{new string('g', 64)}",
        $"{Guid.Empty:D}.{new string('a', 64)}",
        $"not-a-guid.{new string('a', 64)}",
        "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOjF9.c2lnbmF0dXJl",
    };

    [Theory]
    [MemberData(nameof(NotRefreshTokens))]
    public void TryParse_WhenTheTextIsNotARefreshToken_ShouldRefuse(string? text)
    {
        var parsed = RefreshTokenSecret.TryParse(text, out _, out var secret);

        Assert.False(parsed);
        Assert.Null(secret);
    }
}
