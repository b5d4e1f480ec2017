using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: new NpgsqlCommand(sql, connection).
public sealed class NewNpgsqlCommand(NpgsqlConnection connection)
{
    public int Listen()
    {
        using var command = new NpgsqlCommand("LISTEN widgets", connection);
        return command.ExecuteNonQuery();
    }
}
