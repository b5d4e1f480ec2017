using Invoke.Application.Common.Exceptions;
using Invoke.Application.Sessions;
using Microsoft.Extensions.Options;

namespace Invoke.Api.Security;

/// <summary>
/// The session cookies (docs/adr/0026): <c>access_token</c> on <c>/api</c> and <c>refresh_token</c> on
/// <c>/api/auth</c>, both HttpOnly, <c>SameSite=Strict</c>, <c>Secure</c> when the request came over HTTPS, and
/// without a Domain, so only this host receives them. Functions are served under <c>/invoke</c> and by the gateway,
/// never under <c>/api</c>, so neither cookie reaches a function.
/// </summary>
public sealed class SessionCookies(IOptions<SessionTokenOptions> options)
{
    public const string AccessTokenName = "access_token";
    public const string RefreshTokenName = "refresh_token";
    public const string AccessTokenPath = "/api";

    /// <summary>Wide enough for both refresh and logout, so that a browser can end its session.</summary>
    public const string RefreshTokenPath = "/api/auth";

    /// <summary>
    /// The refresh token a request presents: the body's when it carries one, else the cookie's. A write with the cookie
    /// must come from this origin.
    /// </summary>
    /// <exception cref="ForbiddenAccessException">The cookie came with a write from another origin.</exception>
    public static PresentedRefreshToken Read(HttpRequest request, string? bodyToken)
    {
        if (!string.IsNullOrEmpty(bodyToken))
        {
            return new PresentedRefreshToken(bodyToken, FromCookie: false);
        }

        var cookie = request.Cookies[RefreshTokenName];
        if (!string.IsNullOrEmpty(cookie) && !SameOrigin.AllowsCookieCredentials(request))
        {
            throw new ForbiddenAccessException(AuthenticationMessages.CrossOriginRefused);
        }

        return new PresentedRefreshToken(cookie, FromCookie: !string.IsNullOrEmpty(cookie));
    }

    public void Write(HttpContext context, IssuedSessionDto session)
    {
        var lifetimes = options.Value;
        context.Response.Cookies.Append(
            AccessTokenName, session.AccessToken, Options(context, AccessTokenPath, lifetimes.AccessTokenLifetime));
        context.Response.Cookies.Append(
            RefreshTokenName, session.RefreshToken, Options(context, RefreshTokenPath, lifetimes.RefreshTokenLifetime));
    }

    public static void Clear(HttpContext context)
    {
        context.Response.Cookies.Delete(AccessTokenName, Options(context, AccessTokenPath, maxAge: null));
        context.Response.Cookies.Delete(RefreshTokenName, Options(context, RefreshTokenPath, maxAge: null));
    }

    private static CookieOptions Options(HttpContext context, string path, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = path,
        MaxAge = maxAge,
        IsEssential = true,
    };
}
