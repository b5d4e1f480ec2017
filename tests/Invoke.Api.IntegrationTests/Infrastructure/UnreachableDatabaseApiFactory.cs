using System.Net;
using System.Net.Sockets;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The API pointed at a port where nothing listens. The startup migration is left out: it would stop the host,
/// and this factory exists to see how a running API reports a database that went away.
/// </summary>
public sealed class UnreachableDatabaseApiFactory : InvokeApiFactory
{
    public override Task InitializeAsync() => Task.CompletedTask;

    protected override void ConfigureSettings(IDictionary<string, string?> settings) =>
        settings[$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] =
            $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Password=postgres;Timeout=3";

    protected override void ConfigureServices(IServiceCollection services)
    {
        var initializer = services.Single(d => d.ImplementationType == typeof(DatabaseInitializer));
        services.Remove(initializer);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
