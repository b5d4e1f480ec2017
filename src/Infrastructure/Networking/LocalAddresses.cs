using System.Net;
using System.Net.NetworkInformation;

namespace Invoke.Infrastructure.Networking;

public static class LocalAddresses
{
    /// <summary>
    /// The endpoints a listener on <paramref name="address"/> answers at: itself, or for a wildcard (<c>0.0.0.0</c>,
    /// <c>::</c>) every address of this machine's interfaces, loopback included.
    /// </summary>
    public static IEnumerable<IPEndPoint> Expand(IPAddress address, int port)
    {
        if (!address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any))
        {
            return [new IPEndPoint(address, port)];
        }

        var interfaces = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address);
        return interfaces.Append(IPAddress.Loopback).Append(IPAddress.IPv6Loopback).Distinct().Select(a => new IPEndPoint(a, port));
    }
}
