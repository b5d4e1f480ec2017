using System.Net;
using Invoke.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Invoke.Api.IntegrationTests.Hosting;

/// <summary>Every form of <c>TRUST_PROXY</c> and what it makes the forwarded-headers middleware believe.</summary>
public sealed class TrustedProxiesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("none")]
    [InlineData("0")]
    public void UnsetOrOff_ShouldBelieveNoForwardedHeaderNotEvenFromThisHost(string? value)
    {
        var options = Configure(value);

        Assert.Equal(ForwardedHeaders.None, options.ForwardedHeaders);
        Assert.False(Trusts(options, IPAddress.Loopback));
    }

    [Fact]
    public void True_ShouldTrustEveryPeerAndEveryHop()
    {
        var options = Configure("true");

        Assert.Empty(options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
        Assert.Null(options.ForwardLimit);
    }

    [Fact]
    public void HopCount_ShouldTrustThatManyHopsFromAnyAddress()
    {
        var options = Configure("2");

        Assert.Empty(options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
        Assert.Equal(2, options.ForwardLimit);
    }

    [Fact]
    public void Loopback_ShouldTrustAProxyOnThisHost()
    {
        var options = Configure("127.0.0.1,::1");

        Assert.True(Trusts(options, IPAddress.Loopback));
        Assert.True(Trusts(options, IPAddress.IPv6Loopback));
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, options.ForwardedHeaders);
    }

    [Fact]
    public void List_ShouldTrustExactlyTheNamedProxiesAndRanges()
    {
        var options = Configure("10.0.0.0/8, 192.168.1.10,fd00::/8");

        Assert.Equal([IPAddress.Parse("192.168.1.10")], options.KnownProxies);
        Assert.Equal(["10.0.0.0/8", "fd00::/8"], options.KnownIPNetworks.Select(n => n.ToString()));
        Assert.False(Trusts(options, IPAddress.Loopback));
        Assert.Null(options.ForwardLimit);
    }

    [Fact]
    public void Garbage_ShouldStopTheStartWithAMessageNamingTheSetting()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Configure("10.0.0.0/8,proxy.internal"));
        Assert.Contains("TRUST_PROXY", exception.Message);
        Assert.Contains("proxy.internal", exception.Message);
    }

    private static bool Trusts(ForwardedHeadersOptions options, IPAddress address) =>
        options.KnownProxies.Contains(address) || options.KnownIPNetworks.Any(network => network.Contains(address));

    private static ForwardedHeadersOptions Configure(string? value)
    {
        var options = new ForwardedHeadersOptions();
        TrustedProxies.Configure(options, value);
        return options;
    }
}
