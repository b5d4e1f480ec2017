using System.Net;
using Invoke.Application.Runtime.Egress;
using Invoke.Infrastructure.Networking;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

/// <summary>
/// The platform's own fetches of tenant-configured URLs (gateway JWKS and OIDC discovery) obey the built-in deny list,
/// checked on the addresses actually dialled.
/// </summary>
[Collection(LoopbackCollection.Name)]
public sealed class PlatformHttpClientTests(LoopbackServers servers)
{
    [Fact]
    public async Task A_url_whose_name_resolves_to_a_denied_address_is_refused_without_connecting()
    {
        var resolver = new ScriptedResolver(new Dictionary<string, IPAddress[][]>
        {
            ["keys.example.test"] = [[IPAddress.Parse("93.184.216.34"), LoopbackServers.Allowed]],
            ["metadata.example.test"] = [[IPAddress.Parse("169.254.169.254")]],
        });
        using var client = new PlatformHttpClient(Policies(lifted: []), resolver);
        var acceptedBefore = servers.Accepted(servers.HttpPort);

        var mixed = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync($"http://keys.example.test:{servers.HttpPort}/jwks", CancellationToken.None));
        var metadata = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync("http://metadata.example.test/latest/meta-data", CancellationToken.None));
        var literal = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync($"http://127.0.0.1:{servers.HttpPort}/jwks", CancellationToken.None));

        Assert.Contains("127.0.0.1, which is denied: loopback", mixed.InnerException?.Message ?? mixed.Message);
        Assert.Contains("denied: metadata", metadata.InnerException?.Message ?? metadata.Message);
        Assert.Contains("denied: loopback", literal.InnerException?.Message ?? literal.Message);
        Assert.Equal(acceptedBefore, servers.Accepted(servers.HttpPort));
    }

    [Fact]
    public async Task With_loopback_lifted_by_the_operator_a_loopback_url_is_fetched()
    {
        using var client = new PlatformHttpClient(Policies(lifted: ["loopback"]), new ScriptedResolver(new Dictionary<string, IPAddress[][]>()));

        using var response = await client.GetAsync($"http://127.0.0.1:{servers.HttpPort}/", CancellationToken.None);

        Assert.True(response.StatusCode < HttpStatusCode.InternalServerError);
    }

    private static EgressPolicies Policies(List<string> lifted) =>
        new(Options.Create(new EgressOptions { LiftedBuiltInDenies = lifted }), []);
}
