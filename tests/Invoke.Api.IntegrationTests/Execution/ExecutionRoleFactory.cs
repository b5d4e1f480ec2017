using System.Net;
using System.Net.Sockets;
using Invoke.Api.Hosting;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Functions;
using Invoke.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Invoke.Api.IntegrationTests.Execution;

/// <summary>
/// The whole process on real sockets, every role on its own loopback port, as production runs it: roles are told
/// apart by the port a request arrives on, which the in-memory test server does not have.
/// </summary>
public class ExecutionRoleFactory : InvokeApiFactory
{
    public ExecutionRoleFactory()
    {
        AdminPort = FreePort();
        ExecutionPort = FreePort();
        GatewayPort = FreePort();
        UseKestrel();
    }

    public const long MaxRequestBodyBytes = 1024 * 1024;

    public int AdminPort { get; }

    public int ExecutionPort { get; }

    public int GatewayPort { get; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }

    public HttpClient ExecutionClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{ExecutionPort}") };

    public HttpClient AdminClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{AdminPort}") };

    public HttpClient GatewayClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{GatewayPort}") };

    /// <summary>A function of a new project whose active version holds the given files (index.js first).</summary>
    public async Task<Function> DeployAsync(string indexJs, bool requiresApiKey = false, params (string Name, string Content)[] files) =>
        await DeployInAsync((await this.CreateProjectAsync()).Id, indexJs, requiresApiKey, files);

    /// <summary>A function of the given project whose active version holds the given files (index.js first).</summary>
    public async Task<Function> DeployInAsync(
        Guid projectId, string indexJs, bool requiresApiKey = false, params (string Name, string Content)[] files)
    {
        var function = Function.Create(projectId, IdentityData.UniqueName("fn"), null, deployedBy: null);
        var package = TestArchives.Tarball([("index.js", indexJs), .. files.Select(f => (f.Name, (string?)f.Content))]);
        await this.ExecuteDbAsync(async context =>
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
            if (requiresApiKey)
            {
                function.RequireApiKey();
            }

            function.ActivateVersion(function.AddVersion(package, null).Id);
            function.Activate();
            await context.SaveChangesAsync();
        });
        return function;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{AdminPort}");
        builder.UseSetting("EXECUTION_PORT", ExecutionPort.ToString());
        builder.UseSetting("GATEWAY_PORT", GatewayPort.ToString());
        builder.UseSetting("Invoke:Execution:MaxRequestBodyBytes", MaxRequestBodyBytes.ToString());
        // Functions may reach the tests' own loopback servers; Invoke's own ports and database stay denied.
        builder.UseSetting("Invoke:Egress:LiftedBuiltInDenies:0", "loopback");
        // The tests' client stands for a reverse proxy on this host.
        builder.UseSetting(TrustedProxies.ConfigurationKey, "127.0.0.1");
        // A rotated key is picked up by the very next token, so key-rotation tests need not wait.
        builder.UseSetting("Invoke:Gateway:JwksRefetchInterval", "00:00:00");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
