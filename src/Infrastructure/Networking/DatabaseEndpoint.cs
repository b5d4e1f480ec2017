using System.Net;
using Invoke.Application.Runtime.Egress;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Invoke.Infrastructure.Networking;

/// <summary>Invoke's database, which functions never reach: its addresses (resolved once, when first asked) and port.</summary>
internal sealed class DatabaseEndpoint(IConfiguration configuration) : IOwnEndpoints
{
    private readonly Lazy<IReadOnlyList<IPEndPoint>> _endpoints = new(() => Resolve(configuration));

    public IReadOnlyList<IPEndPoint> Endpoints => _endpoints.Value;

    private static IReadOnlyList<IPEndPoint> Resolve(IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseConnection.Resolve(configuration));
        var port = builder.Port;
        return (builder.Host ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(host => !host.StartsWith('/'))
            .SelectMany(host => Addresses(host.Split(':')[0]))
            .SelectMany(address => LocalAddresses.Expand(address, port))
            .ToList();
    }

    private static IEnumerable<IPAddress> Addresses(string host)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            return Dns.GetHostAddresses(host);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return [];
        }
    }
}
