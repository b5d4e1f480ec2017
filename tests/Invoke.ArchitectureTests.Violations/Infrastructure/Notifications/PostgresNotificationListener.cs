using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Notifications;

// Allowed: the one class that sends LISTEN and waits for NOTIFY on its own connection.
public sealed class PostgresNotificationListener(NpgsqlDataSource dataSource)
{
    public async Task ListenAsync(Action<string> onPayload, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => onPayload(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN widgets_invalidated", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }
}
