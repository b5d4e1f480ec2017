namespace Invoke.Api.Security;

internal static class ClientAddress
{
    /// <summary>
    /// The caller's address as the forwarded-headers middleware leaves it (X-Forwarded-For is believed only from
    /// proxies on this host), IPv4 without its IPv6 mapping.
    /// </summary>
    public static string? Of(HttpContext httpContext) => httpContext.Connection.RemoteIpAddress switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } address => address.MapToIPv4().ToString(),
        var address => address.ToString(),
    };
}
