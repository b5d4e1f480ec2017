namespace Invoke.Api.Security;

/// <summary>
/// The check that cookie-authenticated writes must pass, since a browser attaches cookies to requests that other
/// sites make it send. <c>SameSite=Strict</c> already keeps the cookies from other sites; this also refuses other
/// origins of the same site (another subdomain, port or scheme) and browsers that ignore SameSite.
/// </summary>
internal static class SameOrigin
{
    /// <summary>
    /// Reads always; writes when their <c>Origin</c> (or, without one, their <c>Referer</c>) names this request's
    /// scheme, host and port, as the forwarded-headers middleware left them.
    /// </summary>
    public static bool AllowsCookieCredentials(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return true;
        }

        var source = request.Headers.Origin.ToString();
        if (source.Length == 0)
        {
            source = request.Headers.Referer.ToString();
        }

        return Uri.TryCreate(source, UriKind.Absolute, out var origin)
            && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own)
            && Uri.Compare(origin, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
