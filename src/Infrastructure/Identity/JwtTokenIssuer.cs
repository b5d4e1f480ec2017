using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Sessions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Tokens shaped like the original platform's: header <c>{"alg":"HS256","typ":"JWT"}</c>, claims <c>userId</c>
/// (number), <c>username</c>, <c>email</c>, <c>isAdmin</c> (boolean), <c>iat</c> and <c>exp</c>, no <c>nbf</c>; plus
/// <c>sid</c>, the session's id, when the token belongs to one. Node services that share the secret accept them. They
/// last <see cref="SessionTokenOptions.AccessTokenLifetime"/> instead of the original's seven days (docs/adr/0026).
/// </summary>
internal sealed class JwtTokenIssuer(
    IOptions<JwtOptions> options, IOptions<SessionTokenOptions> sessionOptions, TimeProvider timeProvider) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly SigningCredentials _credentials =
        new(options.Value.CreateSigningKey(), SecurityAlgorithms.HmacSha256);

    public string Issue(AuthenticatedUserDto user, Guid? sessionId)
    {
        // jsonwebtoken writes whole seconds; so must we, or iat/exp would not be what a Node service expects.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(timeProvider.GetUtcNow().ToUnixTimeSeconds()).UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [SessionTokenClaims.UserId] = user.Id,
            [SessionTokenClaims.Username] = user.Username,
            [SessionTokenClaims.Email] = user.Email,
            [SessionTokenClaims.IsAdmin] = user.IsAdmin,
        };
        if (sessionId is { } session)
        {
            claims[SessionTokenClaims.SessionId] = session.ToString();
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issuedAt,
            Expires = issuedAt + sessionOptions.Value.AccessTokenLifetime,
            SigningCredentials = _credentials,
        });
    }
}
