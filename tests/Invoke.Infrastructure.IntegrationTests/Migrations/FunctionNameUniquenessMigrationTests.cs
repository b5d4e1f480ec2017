using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Migrations;

public sealed class FunctionNameUniquenessMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Before = "InitialSchema";
    private const string Migration = "FunctionNameUniquePerProject";

    [Fact]
    public async Task Up_WhenAProjectHasNamesakes_ShouldKeepTheOldestNameAndSuffixTheOthersWithTheirId()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        var oldest = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
        var newer = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
        var otherProject = Guid.Parse("cccccccc-0000-0000-0000-000000000003");
        await ExecuteAsync("DELETE FROM functions");
        await ExecuteAsync(
            $"""
             INSERT INTO projects (id, name) VALUES ('{otherProject}', 'other');
             INSERT INTO functions (id, name, project_id, created_at) VALUES
               ('{newer}', 'hello', '{Project.DefaultProjectId}', '2025-02-01Z'),
               ('{oldest}', 'hello', '{Project.DefaultProjectId}', '2025-01-01Z'),
               ('{Guid.NewGuid()}', 'hello', '{otherProject}', '2025-03-01Z');
             """);

        await migrator.MigrateAsync(Migration);

        var names = await context.Functions.OrderBy(f => f.CreatedAt).Select(f => f.Name).ToListAsync();
        Assert.Equal(["hello", "hello-bbbbbbbb", "hello"], names);
        await migrator.MigrateAsync();
    }

    [Fact]
    public async Task Up_WhenANamesakeHasTheLongestName_ShouldStayWithinTheColumn()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        await ExecuteAsync("DELETE FROM functions");
        var name = new string('n', Function.NameMaxLength);
        await ExecuteAsync(
            $"""
             INSERT INTO functions (id, name, project_id, created_at) VALUES
               ('{Guid.NewGuid()}', '{name}', '{Project.DefaultProjectId}', '2025-01-01Z'),
               ('dddddddd-0000-0000-0000-000000000004', '{name}', '{Project.DefaultProjectId}', '2025-02-01Z');
             """);

        await migrator.MigrateAsync(Migration);

        var renamed = await context.Functions.Where(f => f.Name != name).Select(f => f.Name).SingleAsync();
        Assert.Equal(new string('n', 91) + "-dddddddd", renamed);
        await migrator.MigrateAsync();
    }

    [Fact]
    public async Task Index_WhenTwoFunctionsOfOneProjectShareAName_ShouldRefuseTheSecond()
    {
        await using var context = TestDbContext.Create(database.ConnectionString);
        await context.Database.MigrateAsync();
        await ExecuteAsync("DELETE FROM functions");
        context.Functions.Add(Function.Create(Project.DefaultProjectId, "twice", null, deployedBy: null));
        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();

        context.Functions.Add(Function.Create(Project.DefaultProjectId, "twice", null, deployedBy: null));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => context.SaveChangesAsync());

        Assert.Contains("uq_functions_project_name", conflict.Message);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
