using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Sessions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Sessions.Commands.RefreshSession;

/// <summary>
/// Rotates the presented refresh token. A token rotated before is the sign that someone else holds the session
/// (the thief or the victim presents it second), so its whole session is revoked and the event logged. Who may no
/// longer sign in (a user without an active project) loses the session at the refresh, as at a login.
/// </summary>
public sealed class RefreshSessionCommandHandler(
    IApplicationDbContext context,
    SessionIssuer sessions,
    IOptions<SessionTokenOptions> options,
    TimeProvider timeProvider,
    ILogger<RefreshSessionCommandHandler> logger) : IRequestHandler<RefreshSessionCommand, IssuedSessionDto>
{
    public const string NoRefreshTokenMessage = "No refresh token";
    public const string InvalidMessage = "Invalid or expired refresh token";

    public async Task<IssuedSessionDto> Handle(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            throw new UnauthorizedException(NoRefreshTokenMessage);
        }

        var token = await context.FindPresentedTokenAsync(request.RefreshToken, cancellationToken)
            ?? throw new SessionEndedException(InvalidMessage);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var state = await context.RefreshTokens.IsSessionRevokedAsync(token.FamilyId, cancellationToken)
            ? RefreshTokenState.Revoked
            : token.StateAt(now);
        if (state == RefreshTokenState.Rotated)
        {
            throw await RefuseReuseAsync(token, request, now, cancellationToken);
        }

        if (state != RefreshTokenState.Active)
        {
            throw new SessionEndedException(InvalidMessage);
        }

        var user = await context.Users.AsNoTracking()
            .Where(u => u.Id == token.UserId)
            .Select(u => new AuthenticatedUserDto(u.Id, u.Username, u.Email, u.IsAdmin == true))
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            // Deleted since the token was read: its tokens went with it.
            throw new SessionEndedException(InvalidMessage);
        }

        if (!await context.MayHoldASessionAsync(user, cancellationToken))
        {
            await context.RefreshTokens.Where(t => t.FamilyId == token.FamilyId).RevokeAsync(now, cancellationToken);
            throw new SessionEndedException(SignInRules.NoProjectMessage);
        }

        var session = sessions.Rotate(token, user, now, request.ClientAddress, request.UserAgent);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request rotated (or revoked) the same token first: this one used it a second time.
            throw await RefuseReuseAsync(token, request, now, cancellationToken);
        }

        return session;
    }

    private async Task<Exception> RefuseReuseAsync(
        RefreshToken token, RefreshSessionCommand request, DateTime now, CancellationToken cancellationToken)
    {
        if (token.WasRotatedWithin(options.Value.ReuseGracePeriod, now))
        {
            // The client's other request got the successor, which it keeps: refuse without ending the session or
            // clearing its cookies.
            logger.LogInformation(
                "Refresh token of session {SessionId} presented again within the grace period from {ClientAddress}",
                token.FamilyId,
                request.ClientAddress);
            return new UnauthorizedException(InvalidMessage);
        }

        await context.RefreshTokens.Where(t => t.FamilyId == token.FamilyId).RevokeAsync(now, cancellationToken);
        logger.LogWarning(
            "Refresh token reuse: a rotated token of session {SessionId} of user {UserId} was presented from {ClientAddress} ({UserAgent}); the session is revoked",
            token.FamilyId,
            token.UserId,
            request.ClientAddress,
            request.UserAgent);
        return new SessionEndedException(InvalidMessage);
    }
}
