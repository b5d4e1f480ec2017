using System.Net;
using System.Net.Sockets;
using Invoke.Application.Runtime.Egress;

namespace Invoke.Infrastructure.Networking;

/// <summary>The host's resolver (getaddrinfo: DNS, /etc/hosts and the rest), the only one functions' names go through.</summary>
internal sealed class SystemHostResolver : IHostResolver
{
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string hostName, CancellationToken cancellationToken)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(hostName, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
