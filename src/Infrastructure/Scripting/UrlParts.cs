namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Splits an absolute URL (or one relative to a base) into the components of a WHATWG <c>URL</c> object, through
/// <see cref="Uri"/>. Null when the input is not a URL.
/// </summary>
internal static class UrlParts
{
    public static string[]? Parse(string input, string? baseUrl)
    {
        Uri? uri;
        if (baseUrl is null)
        {
            if (!Uri.TryCreate(input.Trim(), UriKind.Absolute, out uri) || IsImplicitFile(input, uri))
            {
                return null;
            }
        }
        else
        {
            if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var baseUri) || IsImplicitFile(baseUrl, baseUri)
                || !Uri.TryCreate(baseUri, input.Trim(), out uri))
            {
                return null;
            }
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        var hasAuthority = uri.HostNameType != UriHostNameType.Unknown && uri.Host.Length > 0;
        var hostname = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost.ToLowerInvariant();
        var pathname = uri.AbsolutePath;
        if (!hasAuthority && uri.Scheme is not ("file" or "http" or "https"))
        {
            pathname = uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped);
        }

        return
        [
            uri.Scheme + ":",
            userInfo[0],
            userInfo.Length > 1 ? userInfo[1] : "",
            hasAuthority ? hostname : "",
            uri.IsDefaultPort || uri.Port < 0 ? "" : uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            pathname,
            uri.Query,
            uri.Fragment,
        ];
    }

    // Uri reads "/etc/passwd" as file:///etc/passwd; WHATWG requires a scheme.
    private static bool IsImplicitFile(string text, Uri uri) =>
        uri.IsFile && !text.TrimStart().StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
