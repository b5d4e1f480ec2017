using Invoke.Application.Auth.Queries.GetAuthenticatedUser;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Signs access tokens: the original's HS256 JWT with <c>userId</c>, <c>username</c>, <c>email</c>, <c>isAdmin</c>,
/// plus <c>sid</c>, the session it belongs to, valid for <c>Invoke:Sessions:AccessTokenLifetime</c>.
/// </summary>
public interface ITokenIssuer
{
    /// <param name="sessionId">The session (refresh token family); null for a token outside any session.</param>
    string Issue(AuthenticatedUserDto user, Guid? sessionId);
}
