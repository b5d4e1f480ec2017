using Invoke.Domain.Projects;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// Issue 15 item 2: a statement PostgreSQL refuses at bind time (a NUL byte in text) must leave the pooled connection
/// and its automatically prepared statements usable and in step for the next, unrelated work.
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
