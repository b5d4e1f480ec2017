using System.Globalization;
using System.Security.Claims;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Infrastructure.Identity;

namespace Invoke.Api.Security;

/// <summary>
/// The principal of an authenticated request, built from the user row read on this request (never from the token's
/// claims). The identity's authentication type is the scheme that authenticated it.
/// </summary>
internal static class UserPrincipal
{
    /// <param name="sessionId">The session of the access token that authenticated the request, if any.</param>
    public static ClaimsPrincipal Create(AuthenticatedUserDto user, string scheme, Guid? sessionId = null)
    {
        List<Claim> claims =
        [
            new(SessionTokenClaims.UserId, user.Id.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            new(SessionTokenClaims.Username, user.Username),
            new(SessionTokenClaims.Email, user.Email),
            new(SessionTokenClaims.IsAdmin, user.IsAdmin ? "true" : "false", ClaimValueTypes.Boolean),
        ];
        if (sessionId is { } session)
        {
            claims.Add(new Claim(SessionTokenClaims.SessionId, session.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, SessionTokenClaims.Username, roleType: null));
    }

    public static Guid? SessionId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(SessionTokenClaims.SessionId)?.Value, out var session) ? session : null;

    public static bool IsAdmin(ClaimsPrincipal principal) => principal.HasClaim(SessionTokenClaims.IsAdmin, "true");
}
