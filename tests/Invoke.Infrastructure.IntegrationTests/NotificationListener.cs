using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests;

/// <summary>A connection that LISTENs on one channel and hands out the JSON payloads it receives.</summary>
internal sealed class NotificationListener : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly Channel<string> _payloads = Channel.CreateUnbounded<string>();

    private NotificationListener(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, notification) => _payloads.Writer.TryWrite(notification.Payload);
    }

    public static async Task<NotificationListener> StartAsync(string connectionString, string channel)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
        await listen.ExecuteNonQueryAsync();
        return new NotificationListener(connection);
    }

    /// <returns>The next payload, or null when none arrives within the timeout.</returns>
    public async Task<JsonElement?> NextAsync(TimeSpan timeout)
    {
        // A cancellation token rather than WaitAsync's own timeout, with which a wait that nothing ended hung for good here.
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (!_payloads.Reader.TryPeek(out _))
            {
                await _connection.WaitAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Nothing within the timeout.
        }

        return _payloads.Reader.TryRead(out var payload) ? JsonDocument.Parse(payload).RootElement.Clone() : null;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
