using Invoke.Infrastructure.Identity;
using Invoke.Infrastructure.Persistence;
using Invoke.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in memory on its own fresh PostgreSQL database, migrated at startup like production.
/// Use it as an xunit class fixture; subclass it to change settings (<see cref="ConfigureSettings"/>) or services
/// (<see cref="ConfigureServices"/>).
/// </summary>
public class InvokeApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string JwtSecret = "invoke-api-integration-tests-jwt-secret";

    private readonly PostgresDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    public virtual Task InitializeAsync() => _database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] = ConnectionString,
            [JwtOptions.SecretKey] = JwtSecret,
        };
        ConfigureSettings(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureServices);
    }

    protected virtual void ConfigureSettings(IDictionary<string, string?> settings)
    {
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
