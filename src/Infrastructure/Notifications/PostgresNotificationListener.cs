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
/// breaks. It reconnects with exponential backoff until the host stops.
/// </summary>
public sealed class PostgresNotificationListener(
    IConfiguration configuration,
    IOptions<CacheOptions> options,
    INotificationObserver observer,
    TimeProvider timeProvider,
    ILogger<PostgresNotificationListener> logger) : BackgroundService
{
    /// <summary>Shown in <c>pg_stat_activity.application_name</c>, so operators (and tests) can find the connection.</summary>
    public const string ApplicationName = "invoke-notification-listener";

    // Built from constants only: no caller can get other SQL run on this connection.
    private static readonly string ListenStatements =
        string.Concat(NotificationChannels.All.Select(channel => $"LISTEN \"{channel}\";"));

    private volatile bool _listening;

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
                connection.Notification += (_, notification) => observer.Received(notification.Channel, notification.Payload);
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

    private void ReportLost(string reason)
    {
        if (_listening)
        {
            _listening = false;
            observer.Disconnected(reason);
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
