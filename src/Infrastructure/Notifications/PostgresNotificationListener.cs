using System.Collections.Concurrent;
using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Invoke.Infrastructure.Notifications;

/// <summary>
/// The one class that sends LISTEN and receives NOTIFY (docs/adr/0005, docs/adr/0014). It keeps its own physical
/// connection, LISTENs on every <see cref="NotificationChannels"/> channel and reports to the
/// <see cref="INotificationObserver"/>: <see cref="INotificationObserver.Listening"/> once LISTEN is active (after
/// every reconnect), each notification, and <see cref="INotificationObserver.Disconnected"/> when the connection
/// breaks. It reconnects with exponential backoff until the host stops. <see cref="SyncAsync"/> waits for it to catch up
/// with the commits made so far (docs/adr/0022).
/// </summary>
public sealed class PostgresNotificationListener(
    IConfiguration configuration,
    IOptions<CacheOptions> options,
    INotificationObserver observer,
    TimeProvider timeProvider,
    ILogger<PostgresNotificationListener> logger) : BackgroundService, INotificationSync
{
    /// <summary>Shown in <c>pg_stat_activity.application_name</c>, so operators (and tests) can find the connection.</summary>
    public const string ApplicationName = "invoke-notification-listener";

    // The marker's token is a parameter: it is the only value sent, and it is generated here.
    private const string SendMarkerStatement = $"SELECT pg_notify('{NotificationChannels.Sync}', @token)";

    // Built from constants only: no caller can get other SQL run on this connection.
    private static readonly string ListenStatements =
        string.Concat(NotificationChannels.All.Append(NotificationChannels.Sync).Select(channel => $"LISTEN \"{channel}\";"));

    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _syncs = new();
    private volatile bool _listening;
    private string? _markerConnectionString;

    /// <summary>True while LISTEN is active; changes committed meanwhile are reported.</summary>
    public bool IsListening => _listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var delay = settings.MinReconnectDelay;
        var connectedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString(settings));
                connection.Notification += (_, notification) => Dispatch(notification.Channel, notification.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand(ListenStatements, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening = true;
                observer.Listening();
                logger.LogInformation(
                    connectedBefore ? "Notification listener reconnected to {Channels}" : "Notification listener connected to {Channels}",
                    NotificationChannels.All);
                connectedBefore = true;
                delay = settings.MinReconnectDelay;

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                ReportLost(exception.Message);
                logger.LogWarning(
                    "Notification listener disconnected ({Reason}); reconnecting in {Delay} ms",
                    exception.Message,
                    (long)delay.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxReconnectDelay.Ticks));
        }

        ReportLost("host stopping");
    }

    public async Task<bool> SyncAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var marker = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _syncs[token] = marker;
        try
        {
            // Checked after registering: a disconnection either finds the marker registered and releases it, or has
            // already cleared the flag.
            if (!_listening)
            {
                logger.LogDebug("Sync skipped: the notification listener is not connected");
                return false;
            }

            using var deadline = new CancellationTokenSource(timeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
            try
            {
                await SendMarkerAsync(token, linked.Token);
                var received = await marker.Task.WaitAsync(linked.Token);
                if (!received)
                {
                    logger.LogDebug("Sync abandoned: the notification listener disconnected");
                }

                return received;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(
                    "Sync marker not received within {Timeout} ms: this instance may serve a result from before the write for a moment",
                    (long)timeout.TotalMilliseconds);
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception exception)
        {
            logger.LogWarning("Sync marker could not be sent ({Reason})", exception.Message);
            return false;
        }
        finally
        {
            _syncs.TryRemove(token, out _);
        }
    }

    // Markers are handled on the listener's thread in the order they arrive, after every notification committed
    // before them has been reported. Other instances' markers (same channel, unknown tokens) are dropped.
    private void Dispatch(string channel, string payload)
    {
        if (channel != NotificationChannels.Sync)
        {
            observer.Received(channel, payload);
        }
        else if (_syncs.TryRemove(payload, out var marker))
        {
            marker.TrySetResult(true);
        }
    }

    // A short-lived connection from the ordinary pool: the listener's own connection is busy waiting. The marker's
    // transaction commits after every transaction that committed before this call, so it is delivered after them.
    private async Task SendMarkerAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_markerConnectionString ??= DatabaseConnection.Resolve(configuration));
        await connection.OpenAsync(cancellationToken);
        await using var notify = new NpgsqlCommand(SendMarkerStatement, connection);
        notify.Parameters.AddWithValue("token", token);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    private void ReportLost(string reason)
    {
        if (_listening)
        {
            _listening = false;
            observer.Disconnected(reason);
        }

        // Their markers may never come back; with the cache bypassed until the next connect, there is nothing to wait for.
        foreach (var token in _syncs.Keys)
        {
            if (_syncs.TryRemove(token, out var marker))
            {
                marker.TrySetResult(false);
            }
        }
    }

    // Not from EF's pool: this connection is held for the life of the process and must be closed when it breaks.
    private string ConnectionString(CacheOptions settings) =>
        new NpgsqlConnectionStringBuilder(DatabaseConnection.Resolve(configuration))
        {
            Pooling = false,
            Enlist = false,
            ApplicationName = ApplicationName,
            KeepAlive = settings.KeepAliveSeconds,
        }.ConnectionString;
}
