using System.Net;
using Invoke.Domain.Common;
using Invoke.Domain.Sessions;

namespace Invoke.Domain.UnitTests.Sessions;

public sealed class RefreshTokenTests
{
    private static readonly DateTime SignIn = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private static readonly string FirstHash = new string('a', 64);
    private static readonly string SecondHash = new string('b', 64);
    private static readonly IPAddress Office = IPAddress.Parse("203.0.113.7");

    [Fact]
    public void StartSession_ShouldOpenAFamilyWithOneActiveTokenLastingItsLifetime()
    {
        var token = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, Office, "Firefox");

        Assert.Equal(3, token.UserId);
        Assert.Equal(FirstHash, token.TokenHash);
        Assert.NotEqual(token.Id, token.FamilyId);
        Assert.Equal((SignIn, SignIn, SignIn + Lifetime), (token.SessionStartedAt, token.CreatedAt, token.ExpiresAt));
        Assert.Equal((Office, "Firefox"), (token.ClientIp, token.UserAgent));
        Assert.Equal(RefreshTokenState.Active, token.StateAt(SignIn));
    }

    [Fact]
    public void StartSession_WhenTheUserAgentIsVeryLong_ShouldKeepItsBeginning()
    {
        var agent = new string('x', RefreshToken.UserAgentMaxLength + 40);

        var token = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, agent);

        Assert.Equal(agent[..RefreshToken.UserAgentMaxLength], token.UserAgent);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void StartSession_WhenTheHashIsNotLowercaseSha256Hex_ShouldRefuse(string hash)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => RefreshToken.StartSession(3, hash, SignIn, Lifetime, null, null));

        Assert.Equal("token_hash", refusal.Field);
    }

    [Fact]
    public void StartSession_WhenTheLifetimeIsNotPositive_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() =>
            RefreshToken.StartSession(3, FirstHash, SignIn, TimeSpan.Zero, null, null));

        Assert.Equal("expires_at", refusal.Field);
    }

    [Fact]
    public void StartSession_WhenTheTimeIsNotUtc_ShouldRefuse()
    {
        var local = DateTime.SpecifyKind(SignIn, DateTimeKind.Local);

        Assert.Throws<InvalidValueException>(() => RefreshToken.StartSession(3, FirstHash, local, Lifetime, null, null));
    }

    [Fact]
    public void Rotate_ShouldMarkTheTokenUsedAndIssueASuccessorInTheSameSession()
    {
        var first = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, Office, "Firefox");
        var later = SignIn.AddHours(5);
        var home = IPAddress.Parse("198.51.100.4");

        var second = first.Rotate(SecondHash, later, Lifetime, home, "Firefox 2");

        Assert.Equal(later, first.UsedAt);
        Assert.Equal(RefreshTokenState.Rotated, first.StateAt(later));
        Assert.Equal((first.UserId, first.FamilyId, SignIn), (second.UserId, second.FamilyId, second.SessionStartedAt));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((SecondHash, later, later + Lifetime), (second.TokenHash, second.CreatedAt, second.ExpiresAt));
        Assert.Equal((home, "Firefox 2"), (second.ClientIp, second.UserAgent));
        Assert.Equal(RefreshTokenState.Active, second.StateAt(later));
    }

    [Fact]
    public void Rotate_WhenTheTokenWasRotatedAlready_ShouldRefuseAndIssueNothing()
    {
        var first = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, null);
        first.Rotate(SecondHash, SignIn.AddMinutes(15), Lifetime, null, null);

        Assert.Throws<RefreshTokenNotActiveException>(() => first.Rotate(SecondHash, SignIn.AddMinutes(16), Lifetime, null, null));
        Assert.Equal(SignIn.AddMinutes(15), first.UsedAt);
    }

    [Fact]
    public void Rotate_WhenTheTokenHasExpired_ShouldRefuse()
    {
        var first = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, null);

        Assert.Throws<RefreshTokenNotActiveException>(() => first.Rotate(SecondHash, SignIn + Lifetime, Lifetime, null, null));
        Assert.Null(first.UsedAt);
    }

    [Fact]
    public void StateAt_ShouldExpireExactlyAtTheEndOfTheLifetime()
    {
        var token = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, null);

        Assert.Equal(RefreshTokenState.Active, token.StateAt(SignIn + Lifetime - TimeSpan.FromTicks(1)));
        Assert.Equal(RefreshTokenState.Expired, token.StateAt(SignIn + Lifetime));
    }

    [Fact]
    public void Matches_ShouldAcceptOnlyItsOwnHash()
    {
        var token = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, null);

        Assert.True(token.Matches(FirstHash));
        Assert.False(token.Matches(SecondHash));
        Assert.False(token.Matches(FirstHash[..63]));
    }

    [Fact]
    public void WasRotatedWithin_ShouldCountFromTheRotationAndExcludeTheBoundary()
    {
        var first = RefreshToken.StartSession(3, FirstHash, SignIn, Lifetime, null, null);
        var rotatedAt = SignIn.AddMinutes(15);
        var grace = TimeSpan.FromSeconds(10);
        Assert.False(first.WasRotatedWithin(grace, rotatedAt));

        first.Rotate(SecondHash, rotatedAt, Lifetime, null, null);

        Assert.True(first.WasRotatedWithin(grace, rotatedAt));
        Assert.True(first.WasRotatedWithin(grace, rotatedAt + grace - TimeSpan.FromTicks(1)));
        Assert.False(first.WasRotatedWithin(grace, rotatedAt + grace));
        Assert.False(first.WasRotatedWithin(TimeSpan.Zero, rotatedAt));
    }
}
