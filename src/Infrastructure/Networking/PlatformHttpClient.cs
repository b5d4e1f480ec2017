using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Invoke.Application.Runtime.Egress;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// HTTP the platform itself sends to an address a tenant configured (a gateway route's JWKS or OIDC discovery URL).
/// The tenant chose the URL, so the connection obeys the built-in deny list functions obey: the name is resolved once,
/// every address is checked, and only a checked address is dialled. Redirects are not followed.
/// </summary>
internal sealed class PlatformHttpClient : IDisposable
{
    private readonly HttpClient _http;

    public PlatformHttpClient(EgressPolicies policies, IHostResolver resolver)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectCallback = (context, cancellationToken) =>
                DialCheckedAsync(policies, resolver, context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken),
        })
        {
            Timeout = TimeSpan.FromSeconds(5),
            DefaultRequestHeaders = { { "User-Agent", "invoke-gateway/1.0" } },
        };
    }

    public Task<HttpResponseMessage> GetAsync(string url, CancellationToken cancellationToken) => _http.GetAsync(url, cancellationToken);

    public void Dispose() => _http.Dispose();

    private static async ValueTask<Stream> DialCheckedAsync(
        EgressPolicies policies, IHostResolver resolver, string host, int port, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Count == 0)
        {
            throw new HttpRequestException($"{host} does not resolve");
        }

        foreach (var address in addresses)
        {
            if (policies.BuiltIn.Match(address, port) is { } reason)
            {
                throw new HttpRequestException($"{host} resolves to {address}, which is denied: {reason}");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses[0], port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
