using Invoke.Domain.ApiGateway;
using Invoke.Domain.Common;

namespace Invoke.Domain.UnitTests.ApiGateway;

public sealed class ApiGatewayConfigTests
{
    [Fact]
    public void Create_ShouldStartDisabledWithoutDomain()
    {
        var projectId = Guid.NewGuid();

        var config = ApiGatewayConfig.Create(projectId);

        Assert.Equal((projectId, false, (string?)null), (config.ProjectId, config.Enabled, config.CustomDomain));
    }

    [Theory]
    [InlineData(" https://api.example.com ", "api.example.com")]
    [InlineData("HTTP://API.Example.COM:8443/path?x#y", "api.example.com")]
    [InlineData("user@api.example.com.", "api.example.com")]
    [InlineData("xn--bcher-kva.example", "xn--bcher-kva.example")]
    public void Configure_WhenDomainIsGiven_ShouldStoreTheBareLowerCaseHost(string entered, string stored)
    {
        var config = ApiGatewayConfig.Create(Guid.NewGuid());

        config.Configure(enabled: true, entered);

        Assert.Equal((true, stored), (config.Enabled, config.CustomDomain));
    }

    [Theory]
    [InlineData("not a domain")]
    [InlineData("-api.example.com")]
    [InlineData("api..example.com")]
    [InlineData("[::1]")]
    [InlineData("https://")]
    public void Configure_WhenDomainIsNoHostName_ShouldRefuse(string entered)
    {
        var config = ApiGatewayConfig.Create(Guid.NewGuid());

        Assert.Equal("custom_domain", Assert.Throws<InvalidValueException>(() => config.Configure(true, entered)).Field);
    }

    [Theory]
    [InlineData("Gateway.Example.Test:3002", "gateway.example.test")]
    [InlineData("[::1]:3002", "[::1]")]
    [InlineData("127.0.0.1:80", "127.0.0.1")]
    [InlineData("", null)]
    public void NormaliseDomain_OfAHostHeader_ShouldDropThePort(string host, string? expected) =>
        Assert.Equal(expected, ApiGatewayConfig.NormaliseDomain(host));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Configure_WhenDomainIsBlank_ShouldClearIt(string? domain)
    {
        var config = ApiGatewayConfig.Create(Guid.NewGuid());
        config.Configure(enabled: true, "api.example.com");

        config.Configure(enabled: true, domain);

        Assert.Null(config.CustomDomain);
    }

    [Fact]
    public void Configure_WhenDomainIsTooLong_ShouldRefuse()
    {
        var config = ApiGatewayConfig.Create(Guid.NewGuid());

        var refusal = Assert.Throws<InvalidValueException>(
            () => config.Configure(enabled: true, new string('d', ApiGatewayConfig.CustomDomainMaxLength + 1)));

        Assert.Equal("custom_domain", refusal.Field);
    }
}
