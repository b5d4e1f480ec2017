using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions;
using Invoke.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Application.UnitTests.Sessions;

public sealed class SessionIssuerTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
    private static readonly AuthenticatedUserDto Alice = new(7, "alice", "alice@example.test", IsAdmin: false);

    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly DbSet<RefreshToken> _tokens = Substitute.For<DbSet<RefreshToken>>();
    private readonly ITokenIssuer _tokenIssuer = Substitute.For<ITokenIssuer>();
    private readonly List<RefreshToken> _added = [];

    public SessionIssuerTests()
    {
        _context.RefreshTokens.Returns(_tokens);
        _tokens.Add(Arg.Do<RefreshToken>(_added.Add));
        _tokenIssuer.Issue(Alice, Arg.Any<Guid?>()).Returns(call => $"access-for-{call.ArgAt<Guid?>(1)}");
    }

    [Fact]
    public void Start_ShouldStoreOnlyTheHashOfANewTokenAndNameTheSessionInTheAccessToken()
    {
        var session = Issuer().Start(Alice, Now, "203.0.113.9", "Firefox");

        var stored = Assert.Single(_added);
        Assert.True(RefreshTokenSecret.TryParse(session.RefreshToken, out var tokenId, out var secret));
        Assert.Equal(stored.Id, tokenId);
        Assert.Equal(RefreshTokenSecret.Hash(secret), stored.TokenHash);
        Assert.DoesNotContain(secret, stored.TokenHash);
        Assert.Equal((Alice.Id, Now.AddDays(7), "203.0.113.9", "Firefox"), (stored.UserId, stored.ExpiresAt, stored.ClientIp?.ToString(), stored.UserAgent));
        Assert.Equal(stored.FamilyId, session.SessionId);
        Assert.Equal($"access-for-{stored.FamilyId}", session.AccessToken);
        Assert.Equal(Alice, session.User);
    }

    [Fact]
    public void Start_WhenTheClientAddressIsNotAnAddress_ShouldStoreNone()
    {
        Issuer().Start(Alice, Now, "unknown", null);

        Assert.Null(Assert.Single(_added).ClientIp);
    }

    [Fact]
    public void Rotate_ShouldRetireTheCurrentTokenAndIssueAnotherOfTheSameSession()
    {
        var current = RefreshToken.StartSession(Alice.Id, new string('a', 64), Now.AddDays(-1), TimeSpan.FromDays(7), null, null);

        var session = Issuer().Rotate(current, Alice, Now, null, "Firefox");

        var successor = Assert.Single(_added);
        Assert.Equal(Now, current.UsedAt);
        Assert.Equal((current.FamilyId, Now.AddDays(7)), (successor.FamilyId, successor.ExpiresAt));
        Assert.Equal(current.FamilyId, session.SessionId);
        Assert.StartsWith($"{successor.Id:N}.", session.RefreshToken);
    }

    private SessionIssuer Issuer() => new(_context, _tokenIssuer, Options.Create(new SessionTokenOptions()));
}
