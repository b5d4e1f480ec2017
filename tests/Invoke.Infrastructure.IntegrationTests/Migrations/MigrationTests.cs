using Invoke.Infrastructure.IntegrationTests.Schema;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Migrations;

// Every test leaves the database fully migrated, so they can run in any order.
public sealed class MigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrate_WhenRolledBackToZeroAndReapplied_ShouldEmptyThenRestoreTheSchema()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        var migrator = context.GetService<IMigrator>();
        await context.Database.MigrateAsync();
        var migrated = await SchemaDump.DumpAsync(database.ConnectionString);

        await migrator.MigrateAsync(Migration.InitialDatabase);
        var afterRollback = await SchemaObjectsAsync();
        await migrator.MigrateAsync();
        var reapplied = await SchemaDump.DumpAsync(database.ConnectionString);

        Assert.Equal(["i:pk___ef_migrations_history", "r:__EFMigrationsHistory"], afterRollback);
        Assert.Equal(SchemaDump.Normalise(migrated), SchemaDump.Normalise(reapplied));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_WhenAlreadyApplied_ShouldChangeNothing()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        await context.Database.MigrateAsync();
        var before = await SchemaDump.DumpAsync(database.ConnectionString);
        var settingsBefore = await context.GlobalSettings.CountAsync();

        await context.Database.MigrateAsync();

        Assert.Equal(SchemaDump.Normalise(before), SchemaDump.Normalise(await SchemaDump.DumpAsync(database.ConnectionString)));
        Assert.Equal(settingsBefore, await context.GlobalSettings.CountAsync());
    }

    [Fact]
    public async Task Model_ShouldHaveNoChangesMissingFromTheMigrations()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);

        var pending = context.Database.HasPendingModelChanges();

        Assert.False(pending, "The EF model changed without a migration: run 'dotnet ef migrations add'.");
    }

    /// <summary>Every relation (r table, i index, S sequence) and function in the public schema, as kind:name.</summary>
    private async Task<List<string>> SchemaObjectsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relkind::text || ':' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            UNION ALL
            SELECT 'f:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
            ORDER BY 1
            """,
            connection);
        var objects = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            objects.Add(reader.GetString(0));
        }

        return objects;
    }
}
