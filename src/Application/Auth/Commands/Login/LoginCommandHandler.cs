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
    private const string LockedSuffix = " (Max 5 attempts per 15 minutes)";

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
            throw Locked(lockedUntil, LockedSuffix);
        }

        var user = await context.Users
            .Where(u => u.Username == identifier || u.Email == identifier)
            .OrderBy(u => u.Username == identifier ? 0 : 1)
            .FirstOrDefaultAsync(cancellationToken);
        if (user is not null)
        {
            // The identifier may be the username or the e-mail: a lock on either must hold for the other.
            keys = [.. keys, LoginLockout.UserKey(user.Id)];
            if (await throttle.LockedUntilAsync(keys, cancellationToken) is { } userLockedUntil)
            {
                throw Locked(userLockedUntil, LockedSuffix);
            }
        }

        // Counted before the password is checked, so that parallel guesses cannot all pass the lock check above.
        var attempts = await throttle.ReserveAttemptAsync(keys, cancellationToken);
        if (attempts.Attempts > LoginLockout.MaxAttempts)
        {
            throw Locked(attempts.LockedUntil!.Value, LockedSuffix);
        }

        if (user is null)
        {
            passwordHasher.VerifyNothing(password);
            throw InvalidCredentials(attempts);
        }

        if (!passwordHasher.Verify(password, user.PasswordHash))
        {
            throw attempts.LockedUntil is { } lockedNow ? Locked(lockedNow, string.Empty) : InvalidCredentials(attempts);
        }

        // The right password: the identifier and the user start afresh, the address gives back this attempt only.
        await throttle.ResetAsync(identifierKey, cancellationToken);
        await throttle.ResetAsync(LoginLockout.UserKey(user.Id), cancellationToken);
        if (request.ClientAddress is { } address)
        {
            await throttle.ReleaseAttemptAsync(LoginLockout.AddressKey(address), cancellationToken);
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
