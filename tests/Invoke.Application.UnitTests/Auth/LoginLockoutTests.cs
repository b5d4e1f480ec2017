using Invoke.Application.Common.Security;

namespace Invoke.Application.UnitTests.Auth;

public sealed class LoginLockoutTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(900_000, 900)]
    [InlineData(899_001, 900)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(-5_000, 1)]
    public void SecondsUntil_ShouldRoundUpAndNeverSayZero(int milliseconds, int expected)
    {
        var seconds = LoginLockout.SecondsUntil(Now.AddMilliseconds(milliseconds), Now);

        Assert.Equal(expected, seconds);
    }

    [Fact]
    public void IdentifierKey_ShouldIgnoreCaseAndSurroundingSpaces()
    {
        var key = LoginLockout.IdentifierKey("  Admin@Invoke.Local ");

        Assert.Equal("id:admin@invoke.local", key);
    }

    [Fact]
    public void Keys_ForAnIdentifierAndAnAddress_ShouldNeverCollide()
    {
        var identifier = LoginLockout.IdentifierKey("127.0.0.1");
        var address = LoginLockout.AddressKey("127.0.0.1");

        Assert.NotEqual(identifier, address);
    }
}
