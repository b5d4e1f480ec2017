using Invoke.Infrastructure.Persistence;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;

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
}
