using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Caching;

// Breach of both rules: the listener's simple name in another namespace earns no exemption.
public sealed class PostgresNotificationListener(NpgsqlConnection connection)
{
    public void ListenOnce()
    {
        using var listen = new NpgsqlCommand("LISTEN widgets_invalidated", connection);
        listen.ExecuteNonQuery();
        connection.Wait();
    }
}
