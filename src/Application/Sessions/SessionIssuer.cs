using System.Net;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.Sessions;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Sessions;

/// <summary>
/// Issues a session's tokens: a new refresh token, added to the context for the caller to save, and an access token
/// naming the session.
/// </summary>
public sealed class SessionIssuer(IApplicationDbContext context, ITokenIssuer tokenIssuer, IOptions<SessionTokenOptions> options)
{
    public IssuedSessionDto Start(AuthenticatedUserDto user, DateTime now, string? clientAddress, string? userAgent)
    {
        var secret = RefreshTokenSecret.GenerateSecret();
        var token = RefreshToken.StartSession(
            user.Id, RefreshTokenSecret.Hash(secret), now, options.Value.RefreshTokenLifetime, Address(clientAddress), userAgent);
        return Issue(user, token, secret);
    }

    /// <summary>Replaces <paramref name="current"/> by its successor.</summary>
    public IssuedSessionDto Rotate(
        RefreshToken current, AuthenticatedUserDto user, DateTime now, string? clientAddress, string? userAgent)
    {
        var secret = RefreshTokenSecret.GenerateSecret();
        var successor = current.Rotate(
            RefreshTokenSecret.Hash(secret), now, options.Value.RefreshTokenLifetime, Address(clientAddress), userAgent);
        return Issue(user, successor, secret);
    }

    private IssuedSessionDto Issue(AuthenticatedUserDto user, RefreshToken token, string secret)
    {
        context.RefreshTokens.Add(token);
        return new IssuedSessionDto(
            user, tokenIssuer.Issue(user, token.FamilyId), RefreshTokenSecret.Compose(token.Id, secret), token.FamilyId);
    }

    private static IPAddress? Address(string? clientAddress) =>
        IPAddress.TryParse(clientAddress, out var address) ? address : null;
}
