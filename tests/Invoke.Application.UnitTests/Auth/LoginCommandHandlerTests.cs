using Invoke.Application.Auth.Commands.Login;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Application.UnitTests.Auth;

/// <summary>
/// The paths that end before the user is looked up: the challenge and the lock. The rest runs against a real
/// database in the API tests.
/// </summary>
public sealed class LoginCommandHandlerTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly ICaptchaVerifier _captcha = Substitute.For<ICaptchaVerifier>();
    private readonly ILoginThrottle _throttle = Substitute.For<ILoginThrottle>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ITokenIssuer _tokens = Substitute.For<ITokenIssuer>();

    [Fact]
    public async Task Handle_WhenLocked_ShouldAnswer429WithSecondsLeftAndNeverCheckThePassword()
    {
        _throttle.LockedUntilAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(Now.AddSeconds(431.2));

        var exception = await Assert.ThrowsAsync<TooManyRequestsException>(() =>
            Handler().Handle(new LoginCommand("Alice", "secret", null, "203.0.113.9", "Firefox"), CancellationToken.None));

        Assert.Equal(
            "Account temporarily locked due to too many failed login attempts. Try again in 432 seconds. (Max 5 attempts per 15 minutes)",
            exception.Message);
        Assert.Equal(432, exception.RetryAfterSeconds);
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        _ = _context.DidNotReceive().Users;
    }

    [Fact]
    public async Task Handle_ShouldCheckTheLockOfTheIdentifierAndOfTheAddress()
    {
        _throttle.LockedUntilAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(Now.AddMinutes(1));

        await Assert.ThrowsAsync<TooManyRequestsException>(() =>
            Handler().Handle(new LoginCommand("Alice", "secret", null, "203.0.113.9", "Firefox"), CancellationToken.None));

        await _throttle.Received(1).LockedUntilAsync(
            Arg.Is<IReadOnlyCollection<string>>(keys => keys.SequenceEqual(new[] { "id:alice", "addr:203.0.113.9" })),
            Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(CaptchaVerdict.Failed, typeof(ValidationException), "Verification challenge failed")]
    [InlineData(CaptchaVerdict.Unavailable, typeof(UpstreamServiceException), "Verification service error")]
    public async Task Handle_WhenChallengeDoesNotPass_ShouldRefuseBeforeCountingAnything(
        CaptchaVerdict verdict, Type exceptionType, string message)
    {
        _captcha.IsEnabled.Returns(true);
        _captcha.VerifyAsync("token", "203.0.113.9", Arg.Any<CancellationToken>()).Returns(verdict);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() =>
            Handler().Handle(new LoginCommand("alice", "secret", "token", "203.0.113.9", "Firefox"), CancellationToken.None));

        Assert.IsType(exceptionType, exception);
        Assert.Equal(message, exception.Message);
        await _throttle.DidNotReceiveWithAnyArgs().LockedUntilAsync(default!, default);
        await _throttle.DidNotReceiveWithAnyArgs().ReserveAttemptAsync(default!, default);
    }

    private LoginCommandHandler Handler() =>
        new(
            _context,
            _captcha,
            _throttle,
            _hasher,
            new SessionIssuer(_context, _tokens, Options.Create(new SessionTokenOptions())),
            new FixedTimeProvider(Now));
}
