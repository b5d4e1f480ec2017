using Npgsql;
using Xunit;

namespace Invoke.Testing;

/// <summary>
/// A fresh, empty database for one test fixture, dropped (with FORCE) when the fixture is disposed.
/// Use it as an xunit class or collection fixture.
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    private string? _adminConnectionString;

    public string DatabaseName { get; } = "invoke_test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        _adminConnectionString = await PostgresServer.GetAdminConnectionStringAsync();
        await using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{DatabaseName}\"";
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = DatabaseName,
            Pooling = true,
        }.ConnectionString;
    }

    /// <summary>Runs SQL of the test's own (setup rows a migration must adopt, for one) on this database.</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        // Only this database's pool: clearing every pool would also close the idle connections of fixtures still running.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}
