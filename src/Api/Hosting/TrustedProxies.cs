using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Invoke.Api.Hosting;

/// <summary>
/// Which peers may tell the client's address, scheme and host through <c>X-Forwarded-*</c>, from <c>TRUST_PROXY</c>,
/// for every port (the admin API's login throttle, the gateway's client address and the function's <c>req.ip</c>):
/// <list type="bullet">
/// <item>unset, <c>false</c>, <c>none</c> or <c>0</c>: nobody, the socket's peer is the client (not even a peer on
/// this host: anything running on it could otherwise pick a fresh address for every login attempt);</item>
/// <item><c>true</c>: every peer and every hop (only behind a proxy that overwrites the header);</item>
/// <item>a number N: the last N hops, from any address (Express's hop count);</item>
/// <item>a comma list of addresses and CIDR ranges: those proxies, any number of hops through them.</item>
/// </list>
/// </summary>
public static class TrustedProxies
{
    public const string ConfigurationKey = "TRUST_PROXY";

    /// <exception cref="InvalidOperationException">The value is none of the forms above.</exception>
    public static void Configure(ForwardedHeadersOptions options, string? value)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        var setting = value?.Trim().ToLowerInvariant();
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (string.IsNullOrEmpty(setting) || setting is "false" or "none" or "0")
        {
            options.ForwardedHeaders = ForwardedHeaders.None;
            return;
        }

        if (setting == "true")
        {
            options.ForwardLimit = null;
            return;
        }

        if (int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var hops))
        {
            options.ForwardLimit = hops;
            return;
        }

        options.ForwardLimit = null;
        foreach (var entry in setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network) && entry.Contains('/'))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException(
                    $"{ConfigurationKey} must be true, false, a hop count or a comma list of addresses and CIDR ranges; '{entry}' is none.");
            }
        }
    }
}
