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
    public static ClaimsPrincipal Create(AuthenticatedUserDto user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(SessionTokenClaims.UserId, user.Id.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
                new Claim(SessionTokenClaims.Username, user.Username),
                new Claim(SessionTokenClaims.Email, user.Email),
                new Claim(SessionTokenClaims.IsAdmin, user.IsAdmin ? "true" : "false", ClaimValueTypes.Boolean),
            ],
            scheme,
            SessionTokenClaims.Username,
            roleType: null));

    public static bool IsAdmin(ClaimsPrincipal principal) => principal.HasClaim(SessionTokenClaims.IsAdmin, "true");
}
