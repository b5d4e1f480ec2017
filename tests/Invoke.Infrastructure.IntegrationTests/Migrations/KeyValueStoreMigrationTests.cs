using Invoke.Domain.KeyValueStore;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.Infrastructure.IntegrationTests.Migrations;

/// <summary>The KeyValueStore migration adopts the rows the original's Keyv store wrote.</summary>
public sealed class KeyValueStoreMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Before = "AddRefreshTokens";
    private const string Migration = "KeyValueStore";

    private static readonly Guid ProjectA = Guid.Parse("aaaaaaaa-0000-0000-0000-00000000000a");
    private static readonly Guid ProjectB = Guid.Parse("bbbbbbbb-0000-0000-0000-00000000000b");
    private static readonly Guid ProjectWithoutEntries = Guid.Parse("cccccccc-0000-0000-0000-00000000000c");
    private static readonly Guid DeletedProject = Guid.Parse("dddddddd-0000-0000-0000-00000000000d");

    [Fact]
    public async Task Up_ShouldAdoptKeyvRowsWithTheirProjectExpiryAndSizeAndCountEachProject()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        await database.ExecuteSqlAsync(
            $$"""
              INSERT INTO projects (id, name) VALUES ('{{ProjectA}}', 'a'), ('{{ProjectB}}', 'b'), ('{{ProjectWithoutEntries}}', 'c');
              INSERT INTO project_kv_store (key, value) VALUES
                ('{{ProjectA}}:plain', '{"value":"hi"}'),
                ('{{ProjectA}}:session', '{"value":{"expires":1},"expires":1767225600000}'),
                ('{{ProjectB}}:count', '{"value":5}'),
                ('{{DeletedProject}}:orphan', '{"value":1}'),
                ('no-namespace', 'not json');
              """);

        await migrator.MigrateAsync(Migration);

        var entries = await context.ProjectKvEntries.AsNoTracking().OrderBy(e => e.Key).ToListAsync();
        var usage = await context.ProjectKvUsages.AsNoTracking().ToDictionaryAsync(u => u.ProjectId, u => u.UsedBytes);
        var byKey = entries.ToDictionary(e => e.Key);
        Assert.Equal(ProjectA, byKey[$"{ProjectA}:plain"].ProjectId);
        Assert.Equal("\"hi\"", byKey[$"{ProjectA}:plain"].ValueJson);
        Assert.Null(byKey[$"{ProjectA}:plain"].ExpiresAt);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), byKey[$"{ProjectA}:session"].ExpiresAt);
        Assert.Null(byKey[$"{DeletedProject}:orphan"].ProjectId);
        Assert.Null(byKey["no-namespace"].ProjectId);
        Assert.All(entries, e => Assert.Equal(e.Key.Length + (e.Value?.Length ?? 0), e.SizeBytes));
        Assert.Equal(entries.Where(e => e.ProjectId == ProjectA).Sum(e => e.SizeBytes), usage[ProjectA]);
        Assert.Equal(byKey[$"{ProjectB}:count"].SizeBytes, usage[ProjectB]);
        Assert.Equal(0, usage[ProjectWithoutEntries]);
        Assert.Equal(ProjectKvEntry.KeyPrefix(ProjectA) + "plain", byKey[$"{ProjectA}:plain"].Key);
        await migrator.MigrateAsync();
    }
}
