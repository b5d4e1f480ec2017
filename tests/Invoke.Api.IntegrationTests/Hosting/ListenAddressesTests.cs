using Invoke.Api.Hosting;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using NSubstitute;

namespace Invoke.Api.IntegrationTests.Hosting;

public sealed class ListenAddressesTests
{
    private readonly IWebHostBuilder _webHost = Substitute.For<IWebHostBuilder>();

    [Fact]
    public void UseAdminPort_WhenNothingIsConfigured_ShouldListenOnPort3000OnEveryInterface()
    {
        _webHost.UseAdminPort(TestConfiguration.From());

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://0.0.0.0:3000");
    }

    [Fact]
    public void UseAdminPort_WhenAdminPortIsSet_ShouldListenOnIt()
    {
        _webHost.UseAdminPort(TestConfiguration.From(("ADMIN_PORT", "4100")));

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://0.0.0.0:4100");
    }

    [Fact]
    public void UseAdminPort_WhenUrlsAreGiven_ShouldLeaveThem()
    {
        _webHost.UseAdminPort(TestConfiguration.From(("ADMIN_PORT", "4100"), (WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:9000")));

        _webHost.DidNotReceiveWithAnyArgs().UseSetting(default!, default);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    public void UseAdminPort_WhenAdminPortIsNotAPort_ShouldStopWithItsName(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            _webHost.UseAdminPort(TestConfiguration.From(("ADMIN_PORT", value))));

        Assert.Contains("ADMIN_PORT", exception.Message);
        Assert.Contains($"'{value}'", exception.Message);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3000", "http://localhost:3000/swagger")]
    [InlineData("http://[::]:8080", "http://localhost:8080/swagger")]
    [InlineData("http://+:80", "http://localhost:80/swagger")]
    [InlineData("https://127.0.0.1:5001", "https://127.0.0.1:5001/swagger")]
    public void SwaggerUiUrl_ShouldPointABrowserOnThisMachineAtTheUi(string serverAddress, string expected)
    {
        Assert.Equal(expected, ListenAddresses.SwaggerUiUrl(serverAddress));
    }
}
