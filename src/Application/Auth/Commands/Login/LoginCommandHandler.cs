using FluentValidation.Results;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Auth.Commands.Login;

/// <summary>
/// The original's login (admin-api.md §4.3), with lockout counted in the database for every instance; success starts a
/// session (docs/adr/0026).
/// </summary>
public sealed class LoginCommandHandler(
    IApplicationDbContext context,
    ICaptchaVerifier captcha,
    ILoginThrottle throttle,
    IPasswordHasher passwordHasher,
    SessionIssuer sessions,
    TimeProvider timeProvider) : IRequestHandler<LoginCommand, IssuedSessionDto>
{
    public async Task<IssuedSessionDto> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var identifier = request.Username!;
        var password = request.Password!;
        await VerifyChallengeAsync(request, cancellationToken);

        var identifierKey = LoginLockout.IdentifierKey(identifier);
        string[] keys = request.ClientAddress is null
            ? [identifierKey]
            : [identifierKey, LoginLockout.AddressKey(request.ClientAddress)];
        if (await throttle.LockedUntilAsync(keys, cancellationToken) is { } lockedUntil)
        {
            throw Locked(lockedUntil, " (Max 5 attempts per 15 minutes)");
        }

        var user = await context.Users
            .Where(u => u.Username == identifier || u.Email == identifier)
            .OrderBy(u => u.Username == identifier ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            passwordHasher.VerifyNothing(password);
            var failures = await throttle.RecordFailureAsync(keys, cancellationToken);
            throw InvalidCredentials(failures);
        }

        // The identifier may be the username or the e-mail: a lock on either must hold for the other.
        var userKey = LoginLockout.UserKey(user.Id);
        keys = [.. keys, userKey];
        if (await throttle.LockedUntilAsync([userKey], cancellationToken) is { } userLockedUntil)
        {
            throw Locked(userLockedUntil, " (Max 5 attempts per 15 minutes)");
        }

        if (!passwordHasher.Verify(password, user.PasswordHash))
        {
            var failures = await throttle.RecordFailureAsync(keys, cancellationToken);
            throw failures.LockedUntil is { } lockedNow ? Locked(lockedNow, string.Empty) : InvalidCredentials(failures);
        }

        var signedIn = new AuthenticatedUserDto(user.Id, user.Username, user.Email, user.IsAdmin == true);
        if (!await context.MayHoldASessionAsync(signedIn, cancellationToken))
        {
            throw new ForbiddenAccessException(SignInRules.NoProjectMessage);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        user.RecordLogin(now);
        var session = sessions.Start(signedIn, now, request.ClientAddress, request.UserAgent);
        await context.SaveChangesAsync(cancellationToken);
        await throttle.ResetAsync(identifierKey, cancellationToken);
        await throttle.ResetAsync(userKey, cancellationToken);
        return session;
    }

    private async Task VerifyChallengeAsync(LoginCommand request, CancellationToken cancellationToken)
    {
        if (!captcha.IsEnabled)
        {
            return;
        }

        var verdict = await captcha.VerifyAsync(request.TurnstileToken!, request.ClientAddress, cancellationToken);
        switch (verdict)
        {
            case CaptchaVerdict.Failed:
                throw new ValidationException(
                    [new ValidationFailure(nameof(LoginCommand.TurnstileToken), "Verification challenge failed")]);
            case CaptchaVerdict.Unavailable:
                throw new UpstreamServiceException("Verification service error");
        }
    }

    private TooManyRequestsException Locked(DateTime lockedUntil, string suffix)
    {
        var seconds = LoginLockout.SecondsUntil(lockedUntil, timeProvider.GetUtcNow().UtcDateTime);
        return new TooManyRequestsException(
            $"Account temporarily locked due to too many failed login attempts. Try again in {seconds} seconds.{suffix}",
            seconds);
    }

    private static UnauthorizedException InvalidCredentials(LoginFailures failures) =>
        new($"Invalid credentials. Failed attempts: {failures.Attempts}/{LoginLockout.MaxAttempts}");
}
