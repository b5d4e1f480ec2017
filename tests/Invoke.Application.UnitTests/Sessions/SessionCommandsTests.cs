using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Sessions;
using Invoke.Application.Sessions.Commands.Logout;
using Invoke.Application.Sessions.Commands.RefreshSession;
using Invoke.Application.Sessions.Commands.RevokeSessions;
using Invoke.Application.Sessions.Queries.GetSessions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Application.UnitTests.Sessions;

/// <summary>
/// The paths that end before the database is read: missing or malformed tokens and callers who may not manage another
/// user's sessions. Rotation, reuse and revocation run against a real database in the API tests.
/// </summary>
public sealed class SessionCommandsTests
{
    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly ICurrentUser _caller = Substitute.For<ICurrentUser>();

    public SessionCommandsTests() => _caller.UserId.Returns(7);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Refresh_WhenNoTokenIsPresented_ShouldSayNoRefreshTokenWithoutReadingTheDatabase(string? token)
    {
        var refusal = await Assert.ThrowsAsync<UnauthorizedException>(() =>
            RefreshHandler().Handle(new RefreshSessionCommand(token, null, null), CancellationToken.None));

        Assert.Equal("No refresh token", refusal.Message);
        Assert.Empty(_context.ReceivedCalls());
    }

    [Fact]
    public async Task Refresh_WhenTheTokenIsMalformed_ShouldEndTheSessionWithoutReadingTheDatabase()
    {
        var refusal = await Assert.ThrowsAsync<SessionEndedException>(() =>
            RefreshHandler().Handle(new RefreshSessionCommand("not-a-token", null, null), CancellationToken.None));

        Assert.Equal("Invalid or expired refresh token", refusal.Message);
        Assert.Empty(_context.ReceivedCalls());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Logout_WhenNoUsableTokenIsPresented_ShouldSucceedWithoutTouchingTheDatabase(string? token)
    {
        await new LogoutCommandHandler(_context, TimeProvider.System).Handle(new LogoutCommand(token), CancellationToken.None);

        Assert.Empty(_context.ReceivedCalls());
    }

    [Fact]
    public async Task RevokeSessions_WhenANonAdminNamesAnotherUser_ShouldRefuseWithoutTouchingTheDatabase()
    {
        var handler = new RevokeSessionsCommandHandler(_context, _caller, TimeProvider.System);

        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            handler.Handle(new RevokeSessionsCommand(8, SessionId: null), CancellationToken.None));

        Assert.Equal("Admin access required", refusal.Message);
        Assert.Empty(_context.ReceivedCalls());
    }

    [Fact]
    public async Task GetSessions_WhenANonAdminNamesAnotherUser_ShouldRefuseWithoutTouchingTheDatabase()
    {
        var handler = new GetSessionsQueryHandler(_context, _caller, TimeProvider.System);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => handler.Handle(new GetSessionsQuery(8), CancellationToken.None));

        Assert.Empty(_context.ReceivedCalls());
    }

    private RefreshSessionCommandHandler RefreshHandler()
    {
        var options = Options.Create(new SessionTokenOptions());
        return new RefreshSessionCommandHandler(
            _context,
            new SessionIssuer(_context, Substitute.For<ITokenIssuer>(), options),
            options,
            TimeProvider.System,
            NullLogger<RefreshSessionCommandHandler>.Instance);
    }
}
