using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// Tokens the original platform would sign: header <c>{"alg":"HS256","typ":"JWT"}</c>, claims <c>userId</c> (number),
/// <c>username</c>, <c>email</c>, <c>isAdmin</c> (boolean), <c>iat</c> and <c>exp</c> seven days later, no <c>nbf</c>.
/// Node services that share the secret accept them, and Invoke accepts theirs.
/// </summary>
internal sealed class JwtTokenIssuer(IOptions<JwtOptions> options, TimeProvider timeProvider) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly SigningCredentials _credentials =
        new(options.Value.CreateSigningKey(), SecurityAlgorithms.HmacSha256);

    public string Issue(AuthenticatedUserDto user)
    {
        // jsonwebtoken writes whole seconds; so must we, or iat/exp would differ from the original's.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(timeProvider.GetUtcNow().ToUnixTimeSeconds()).UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                [SessionTokenClaims.UserId] = user.Id,
                [SessionTokenClaims.Username] = user.Username,
                [SessionTokenClaims.Email] = user.Email,
                [SessionTokenClaims.IsAdmin] = user.IsAdmin,
            },
            IssuedAt = issuedAt,
            Expires = issuedAt + JwtOptions.TokenLifetime,
            SigningCredentials = _credentials,
        });
    }
}
