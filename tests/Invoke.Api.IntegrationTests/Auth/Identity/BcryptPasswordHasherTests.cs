using Invoke.Infrastructure.Identity;

namespace Invoke.Api.IntegrationTests.Auth.Identity;

public sealed class BcryptPasswordHasherTests
{
    private readonly BcryptPasswordHasher _hasher = new();

    [Fact]
    public void Hash_ShouldBeBcrypt2bWithCost12AndVerify()
    {
        var hash = _hasher.Hash("plum-Orbit-glacier");

        Assert.StartsWith("$2b$12$", hash);
        Assert.True(_hasher.Verify("plum-Orbit-glacier", hash));
        Assert.False(_hasher.Verify("plum-orbit-glacier", hash));
    }

    [Theory]
    [InlineData("$2a$10$")]
    [InlineData("$2b$10$")]
    [InlineData("$2b$04$")]
    public void Verify_WhenHashCameFromTheOriginalsVariantsAndCosts_ShouldAcceptIt(string prefix)
    {
        var salt = prefix + BCrypt.Net.BCrypt.GenerateSalt(4)[7..];
        var hash = BCrypt.Net.BCrypt.HashPassword("hunter2", salt);

        Assert.StartsWith(prefix, hash);
        Assert.True(_hasher.Verify("hunter2", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plaintext")]
    [InlineData("$2b$12$tooshort")]
    public void Verify_WhenTheStoredValueIsNotABcryptHash_ShouldRefuseRatherThanThrow(string stored)
    {
        var verified = _hasher.Verify("plaintext", stored);

        Assert.False(verified);
    }
}
