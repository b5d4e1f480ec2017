using System.Net;
using Invoke.Application.Runtime.Egress;
using Invoke.Infrastructure.Networking;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Invoke.Api.Hosting;

/// <summary>Invoke's own listeners, which functions never reach: read from the server when first asked, once it listens.</summary>
internal sealed class ListenerEndpoints(IServiceProvider services) : IOwnEndpoints
{
    private IReadOnlyList<IPEndPoint>? _endpoints;

    public IReadOnlyList<IPEndPoint> Endpoints => _endpoints ??= Read();

    private List<IPEndPoint> Read()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses
            .Select(BindingAddress.Parse)
            .SelectMany(binding => Addresses(binding.Host).SelectMany(address => LocalAddresses.Expand(address, binding.Port)))
            .ToList();
    }

    private static IEnumerable<IPAddress> Addresses(string host) =>
        host is "localhost" ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
        : host is "*" or "+" ? [IPAddress.Any]
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? [address]
        : [];
}
