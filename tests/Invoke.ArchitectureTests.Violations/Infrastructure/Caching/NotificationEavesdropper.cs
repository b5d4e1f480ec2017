using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Caching;

// Breach of the LISTEN rule only: it runs no SQL, but it receives notifications.
public sealed class NotificationEavesdropper(NpgsqlConnection connection)
{
    public async Task<string> NextPayloadAsync(CancellationToken cancellationToken)
    {
        var payload = string.Empty;
        connection.Notification += (_, e) => payload = e.Payload;
        await connection.WaitAsync(cancellationToken);
        return payload;
    }
}
