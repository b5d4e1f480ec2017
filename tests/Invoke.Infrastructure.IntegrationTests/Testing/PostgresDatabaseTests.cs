using Invoke.Testing;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Testing;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task InitializeAsync_WhenCalled_ShouldConnectToAnEmptyDatabaseNamedAfterTheFixture()
    {
        var database = new PostgresDatabase();

        await database.InitializeAsync();

        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal(database.DatabaseName, await ScalarAsync<string>(connection, "SELECT current_database()"));
            Assert.Equal(0L, await ScalarAsync<long>(
                connection, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task InitializeAsync_WhenTwoFixturesStart_ShouldGiveEachItsOwnDatabase()
    {
        var first = new PostgresDatabase();
        var second = new PostgresDatabase();

        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());

        try
        {
            Assert.NotEqual(first.DatabaseName, second.DatabaseName);
            await using var firstConnection = new NpgsqlConnection(first.ConnectionString);
            await using var secondConnection = new NpgsqlConnection(second.ConnectionString);
            await Task.WhenAll(firstConnection.OpenAsync(), secondConnection.OpenAsync());
            await using (var create = new NpgsqlCommand("CREATE TABLE marker (id int)", firstConnection))
            {
                await create.ExecuteNonQueryAsync();
            }

            const string markerExists = "SELECT to_regclass('marker') IS NOT NULL";
            Assert.True(await ScalarAsync<bool>(firstConnection, markerExists));
            Assert.False(await ScalarAsync<bool>(secondConnection, markerExists));
        }
        finally
        {
            await Task.WhenAll(first.DisposeAsync(), second.DisposeAsync());
        }
    }

    [Fact]
    public async Task DisposeAsync_WhenAConnectionIsStillOpen_ShouldDropTheDatabase()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await using var lingering = new NpgsqlConnection(database.ConnectionString);
        await lingering.OpenAsync();

        await database.DisposeAsync();

        await using var admin = new NpgsqlConnection(await PostgresServer.GetAdminConnectionStringAsync());
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", database.DatabaseName);
        Assert.Equal(0L, (long)(await exists.ExecuteScalarAsync())!);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
