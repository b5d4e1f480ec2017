using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Projects;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// Issue 15 item 2: a statement PostgreSQL refuses at bind time (a NUL byte in text) must leave the pool answering the
/// next, unrelated work correctly, and the physical connection that saw it is not leased again.
/// </summary>
public sealed class ConnectionRecoveryTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task AfterABatchRefusedForANulByte_TheSamePooledConnectionAnswersLaterCommandsCorrectly()
    {
        // One physical connection, so everything below runs on the connector that saw the failure.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            MaxPoolSize = 1,
            MaxAutoPrepare = DatabaseConnection.MaxAutoPreparedStatements,
            AutoPrepareMinUsages = 2,
        }.ConnectionString;
        await using var services = new ServiceCollection()
            .AddPooledDbContextFactory<InvokeDbContext>(options => options.UseInvokeDatabase(connectionString))
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<InvokeDbContext>>();

        // Each statement runs at least twice first, so its later runs use the prepared form.
        var warm = new List<Project>();
        for (var i = 0; i < 3; i++)
        {
            warm.Add(await SaveProjectAsync(factory, $"warm {Guid.NewGuid():N}"));
            Assert.Equal(warm[^1].Name, await NameOfAsync(factory, warm[^1].Id));
        }

        var refusedName = $"refused {Guid.NewGuid():N}";
        var companionName = $"companion {Guid.NewGuid():N}";
        await using (var context = await factory.CreateDbContextAsync())
        {
            context.Projects.Add(Project.Create(companionName, "fine", createdBy: null, kvStorageLimitBytes: 1024));
            context.Projects.Add(Project.Create(refusedName, "a\0b", createdBy: null, kvStorageLimitBytes: 1024));
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
        }

        for (var i = 0; i < 3; i++)
        {
            var later = await SaveProjectAsync(factory, $"later {Guid.NewGuid():N}");
            Assert.Equal(later.Name, await NameOfAsync(factory, later.Id));
            Assert.Equal(warm[i].Name, await NameOfAsync(factory, warm[i].Id));
        }

        await using var check = await factory.CreateDbContextAsync();
        Assert.False(await check.Projects.AnyAsync(p => p.Name == refusedName || p.Name == companionName));
    }

    [Fact]
    public async Task AfterADataErrorAtBindTime_TheConnectorThatSawItIsNotLeasedAgain()
    {
        var factory = SingleConnectionContexts(out var services);
        await using var _ = services;
        var before = await BackendOfAsync(factory);

        await using (var context = await factory.CreateDbContextAsync())
        {
            // Second in its batch: PostgreSQL refuses it after the first statement's results have been read.
            context.Projects.Add(Project.Create($"fine {Guid.NewGuid():N}", "fine", createdBy: null, kvStorageLimitBytes: 1024));
            context.Projects.Add(Project.Create($"refused {Guid.NewGuid():N}", "a\0b", createdBy: null, kvStorageLimitBytes: 1024));
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        Assert.NotEqual(before, await BackendOfAsync(factory));
    }

    [Fact]
    public async Task AfterABulkUpdateRefusedForANulByte_TheConnectorIsNotLeasedAgain()
    {
        var factory = SingleConnectionContexts(out var services);
        await using var _ = services;
        var project = await SaveProjectAsync(factory, $"updated {Guid.NewGuid():N}");
        var before = await BackendOfAsync(factory);

        await using (var context = await factory.CreateDbContextAsync())
        {
            await Assert.ThrowsAsync<PostgresException>(() => context.Projects.Where(p => p.Id == project.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Description, "a\0b")));
        }

        Assert.NotEqual(before, await BackendOfAsync(factory));
    }

    [Fact]
    public async Task AfterAConstraintViolation_TheConnectorIsKept()
    {
        var factory = SingleConnectionContexts(out var services);
        await using var _ = services;
        var existing = await SaveProjectAsync(factory, $"kept {Guid.NewGuid():N}");
        var before = await BackendOfAsync(factory);

        await using (var context = await factory.CreateDbContextAsync())
        {
            context.Projects.Add(Project.Create(existing.Name, null, createdBy: null, kvStorageLimitBytes: 1024));
            await Assert.ThrowsAsync<ConflictException>(() => context.SaveChangesAsync());
        }

        Assert.Equal(before, await BackendOfAsync(factory));
    }

    /// <summary>Contexts over a pool of one physical connection, so that two leases in a row share it unless it is discarded.</summary>
    private IDbContextFactory<InvokeDbContext> SingleConnectionContexts(out ServiceProvider services)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            MaxPoolSize = 1,
            ApplicationName = $"recovery-{Guid.NewGuid():N}",
        }.ConnectionString;
        services = new ServiceCollection()
            .AddPooledDbContextFactory<InvokeDbContext>(options => options.UseInvokeDatabase(connectionString))
            .BuildServiceProvider();
        return services.GetRequiredService<IDbContextFactory<InvokeDbContext>>();
    }

    /// <summary>The PostgreSQL backend process behind the connection a new context leases.</summary>
    private static async Task<int> BackendOfAsync(IDbContextFactory<InvokeDbContext> factory)
    {
        await using var context = await factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        return ((NpgsqlConnection)context.Database.GetDbConnection()).ProcessID;
    }

    private static async Task<Project> SaveProjectAsync(IDbContextFactory<InvokeDbContext> factory, string name)
    {
        await using var context = await factory.CreateDbContextAsync();
        var project = Project.Create(name, "described", createdBy: null, kvStorageLimitBytes: 1024);
        context.Projects.Add(project);
        await context.SaveChangesAsync();
        return project;
    }

    private static async Task<string?> NameOfAsync(IDbContextFactory<InvokeDbContext> factory, Guid id)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await context.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync();
    }
}
