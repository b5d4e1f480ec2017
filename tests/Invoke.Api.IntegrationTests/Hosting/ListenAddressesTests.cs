using Microsoft.Extensions.Configuration;
using Invoke.Api.Hosting;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using NSubstitute;

namespace Invoke.Api.IntegrationTests.Hosting;

public sealed class ListenAddressesTests
{
    private readonly IWebHostBuilder _webHost = Substitute.For<IWebHostBuilder>();

    [Fact]
    public void UseRolePorts_AdminOnly_WhenNothingIsConfigured_ShouldListenOnPort3000OnEveryInterface()
    {
        UseRolePorts(TestConfiguration.From());

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://0.0.0.0:3000");
    }

    [Fact]
    public void UseRolePorts_AdminOnly_WhenAdminPortIsSet_ShouldListenOnIt()
    {
        UseRolePorts(TestConfiguration.From(("ADMIN_PORT", "4100")));

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://0.0.0.0:4100");
    }

    [Fact]
    public void UseRolePorts_AdminOnly_WhenUrlsAreGiven_ShouldKeepThem()
    {
        UseRolePorts(TestConfiguration.From(("ADMIN_PORT", "4100"), (WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:9000")));

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:9000");
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    public void UseRolePorts_AdminOnly_WhenAdminPortIsNotAPort_ShouldStopWithItsName(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            UseRolePorts(TestConfiguration.From(("ADMIN_PORT", value))));

        Assert.Contains("ADMIN_PORT", exception.Message);
        Assert.Contains($"'{value}'", exception.Message);
    }

    [Fact]
    public void UseRolePorts_WithEveryRole_ShouldAddTheExecutionAndGatewayPorts()
    {
        var configuration = TestConfiguration.From(("EXECUTION_PORT", "4101"));
        _webHost.UseRolePorts(configuration, InvokeRoles.All, RolePorts.From(configuration, InvokeRoles.All));

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://0.0.0.0:3000;http://0.0.0.0:4101;http://0.0.0.0:3002");
    }

    [Fact]
    public void UseRolePorts_WhenUrlsAreGiven_ShouldUseThemForTheAdminApiOnly()
    {
        var configuration = TestConfiguration.From((WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:9000"));
        var roles = new InvokeRoles(Admin: true, Execution: true, Gateway: false, Scheduler: true);
        _webHost.UseRolePorts(configuration, roles, RolePorts.From(configuration, roles));

        _webHost.Received(1).UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:9000;http://0.0.0.0:3001");
    }

    [Fact]
    public void UseRolePorts_WhenTwoRolesShareAPort_ShouldStopWithTheirNames()
    {
        var configuration = TestConfiguration.From(("ADMIN_PORT", "4100"), ("GATEWAY_PORT", "4100"));

        var exception = Assert.Throws<InvalidOperationException>(() =>
            _webHost.UseRolePorts(configuration, InvokeRoles.All, RolePorts.From(configuration, InvokeRoles.All)));

        Assert.Contains("GATEWAY_PORT", exception.Message);
    }

    [Theory]
    [InlineData("execution", false, true, false, false)]
    [InlineData("admin, Gateway", true, false, true, false)]
    [InlineData("", true, true, true, true)]
    public void Roles_ShouldBeReadFromTheCommaList(string value, bool admin, bool execution, bool gateway, bool scheduler)
    {
        Assert.Equal(
            new InvokeRoles(admin, execution, gateway, scheduler),
            InvokeRoles.From(TestConfiguration.From(("Invoke:Roles", value))));
    }

    [Theory]
    [InlineData("admin,worker")]
    [InlineData(",")]
    public void Roles_WhenTheListIsWrong_ShouldStopNamingTheSetting(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => InvokeRoles.From(TestConfiguration.From(("Invoke:Roles", value))));

        Assert.Contains("Invoke__Roles", exception.Message);
    }

    private void UseRolePorts(IConfiguration configuration)
    {
        var adminOnly = new InvokeRoles(Admin: true, Execution: false, Gateway: false, Scheduler: false);
        _webHost.UseRolePorts(configuration, adminOnly, RolePorts.From(configuration, adminOnly));
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
