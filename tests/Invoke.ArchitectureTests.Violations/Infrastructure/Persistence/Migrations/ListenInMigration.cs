using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.Migrations;

// Breach of the LISTEN rule only: migrations may write SQL, but only the listener may LISTEN.
public sealed class ListenInMigration(NpgsqlConnection connection)
{
    public async Task ListenAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("LISTEN widgets", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await connection.WaitAsync(cancellationToken);
    }
}
