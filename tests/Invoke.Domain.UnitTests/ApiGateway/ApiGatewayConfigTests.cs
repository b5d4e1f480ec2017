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

    [Fact]
    public void Configure_WhenDomainIsGiven_ShouldStoreItTrimmedAsEntered()
    {
        var config = ApiGatewayConfig.Create(Guid.NewGuid());

        config.Configure(enabled: true, " https://api.example.com ");

        Assert.Equal((true, "https://api.example.com"), (config.Enabled, config.CustomDomain));
    }

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
