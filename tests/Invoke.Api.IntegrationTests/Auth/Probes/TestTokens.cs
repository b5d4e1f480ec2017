using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Api.IntegrationTests.Auth.Probes;

/// <summary>Session tokens made by hand, for the ways a token can be wrong.</summary>
public static class TestTokens
{
    public static string Sign(
        IDictionary<string, object> claims, DateTime issuedAt, DateTime expires, string secret = InvokeApiFactory.JwtSecret)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issuedAt,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static Dictionary<string, object> ClaimsOf(int userId, bool isAdmin = false) => new()
    {
        ["userId"] = userId,
        ["username"] = "someone",
        ["email"] = "someone@example.test",
        ["isAdmin"] = isAdmin,
    };

    /// <summary>An unsigned token (<c>alg: none</c>) claiming to be <paramref name="userId"/>.</summary>
    public static string Unsigned(int userId)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"userId":{{userId}},"username":"x","email":"x@x.x","isAdmin":true,"exp":{{exp}}}""");
        return $"{header}.{payload}.";
    }
}
