using Invoke.Infrastructure.Persistence;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Invoke.Infrastructure.IntegrationTests;

/// <summary>A fresh database with every migration applied.</summary>
public sealed class MigratedDatabase : PostgresDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
    }

    public InvokeDbContext CreateContext() => TestDbContext.Create(ConnectionString);

    /// <summary>Configuration that points the application's services at this database.</summary>
    public IConfiguration CreateConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] = ConnectionString,
            })
            .Build();
}
