using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Caching;

/// <summary><see cref="PostgresNotificationListener.SyncAsync"/> on a real server (docs/adr/0022).</summary>
public sealed class NotificationSyncTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SlowObserver = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task SyncAsync_AfterACommit_ShouldReturnOnlyOnceTheCommitsNotificationWasReported()
    {
        var observer = new RecordingObserver(SlowObserver);
        await using var listener = await StartAsync(observer);
        var key = await CreateSettingAsync();

        var synced = await listener.SyncAsync(Patience, CancellationToken.None);

        Assert.True(synced);
        Assert.Contains(observer.Received, notification => notification.Payload.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_ShouldReportNoMarkerToTheObserver_OfThisInstanceOrAnother()
    {
        var observer = new RecordingObserver(TimeSpan.Zero);
        var otherObserver = new RecordingObserver(TimeSpan.Zero);
        await using var listener = await StartAsync(observer);
        await using var other = await StartAsync(otherObserver);

        var synced = await listener.SyncAsync(Patience, CancellationToken.None);
        var otherSynced = await other.SyncAsync(Patience, CancellationToken.None);

        Assert.True(synced && otherSynced);
        Assert.Empty(observer.Received);
        Assert.Empty(otherObserver.Received);
    }

    [Fact]
    public async Task SyncAsync_WhenTheObserverIsSlowerThanTheTimeout_ShouldReturnFalseAfterTheTimeout()
    {
        var observer = new RecordingObserver(TimeSpan.FromSeconds(2));
        await using var listener = await StartAsync(observer);
        await CreateSettingAsync();

        var started = DateTime.UtcNow;
        var synced = await listener.SyncAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None);
        var waited = DateTime.UtcNow - started;

        Assert.False(synced);
        Assert.InRange(waited, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task SyncAsync_WhenTheListenerIsNotConnected_ShouldReturnFalseAtOnce()
    {
        var listener = Create(new RecordingObserver(TimeSpan.Zero));

        var synced = await listener.SyncAsync(Patience, CancellationToken.None);

        Assert.False(synced);
    }

    private async Task<StartedListener> StartAsync(RecordingObserver observer)
    {
        var listener = Create(observer);
        await listener.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow + Patience;
        while (!observer.IsListening)
        {
            Assert.True(DateTime.UtcNow < deadline, "The listener never connected.");
            await Task.Delay(10);
        }

        return new StartedListener(listener);
    }

    private PostgresNotificationListener Create(RecordingObserver observer) =>
        new(
            database.CreateConfiguration(),
            Options.Create(new CacheOptions()),
            observer,
            TimeProvider.System,
            NullLogger<PostgresNotificationListener>.Instance);

    private async Task<string> CreateSettingAsync()
    {
        var key = $"sync-{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO global_settings (setting_key, setting_value) VALUES ('{key}', 'value')", connection);
        await insert.ExecuteNonQueryAsync();
        return key;
    }

    /// <summary>Stops the listener when the test ends.</summary>
    private sealed class StartedListener(PostgresNotificationListener listener) : IAsyncDisposable
    {
        public Task<bool> SyncAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
            listener.SyncAsync(timeout, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await listener.StopAsync(CancellationToken.None);
            listener.Dispose();
        }
    }
}
