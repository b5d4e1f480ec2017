using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Settings.Queries.GetGlobalSettings;
using Invoke.Infrastructure.Notifications;
using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// The listener's connection is killed on the server (as a failover or an operator would) and comes back after the
/// first reconnect delay of one second, leaving time to change data while nobody listens.
/// </summary>
public sealed class ListenerReconnectionTests : IAsyncLifetime
{
    private const string SettingKey = "function_base_url";

    private readonly PostgresDatabase _database = new();
    private CacheHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = new CacheHost(_database.ConnectionString, ("Invoke:Cache:MinReconnectDelay", "00:00:01"));
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TerminatedListener_ShouldBypassTheCacheUntilItReconnectsThenFlushAndCacheAgain()
    {
        await WarmAsync();
        var flushes = _host.Statistics.Flushes;
        var bypasses = _host.CountersOf(nameof(GetGlobalSettingsQuery)).Bypasses;

        await TerminateListenerAsync();
        await _host.WaitUntilAsync(statistics => !statistics.Serving, "the cache to stop serving");
        await SetValueAsync("changed-while-disconnected");
        var whileDisconnected = await ValueAsync();
        await _host.WaitUntilAsync(statistics => statistics.Serving, "the listener to reconnect");
        var afterReconnect = await ValueAsync();
        var hits = _host.CountersOf(nameof(GetGlobalSettingsQuery)).Hits;
        var cachedAgain = await ValueAsync();

        Assert.Equal("changed-while-disconnected", whileDisconnected);
        Assert.Equal(bypasses + 1, _host.CountersOf(nameof(GetGlobalSettingsQuery)).Bypasses);
        Assert.Equal(["changed-while-disconnected", "changed-while-disconnected"], new[] { afterReconnect, cachedAgain });
        Assert.Equal(hits + 1, _host.CountersOf(nameof(GetGlobalSettingsQuery)).Hits);
        Assert.True(_host.Statistics.Flushes >= flushes + 2, "Expected a flush on disconnection and one on reconnection.");
        Assert.Contains(_host.Logs.Messages, message => message.StartsWith("Notification listener disconnected", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Messages, message => message.StartsWith("Notification listener reconnected", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Messages, message => message.StartsWith("Query cache flushed and serving again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TerminatedListener_WhenDataChangedWhileItWasDisconnected_ShouldNotServeTheOldResultAfterReconnecting()
    {
        await SetValueAsync("before");
        await WarmAsync();

        await TerminateListenerAsync();
        await _host.WaitUntilAsync(statistics => !statistics.Serving, "the cache to stop serving");
        await SetValueAsync("after");
        await _host.WaitUntilAsync(statistics => statistics.Serving, "the listener to reconnect");

        Assert.Equal("after", await ValueAsync());
    }

    [Fact]
    public async Task ReconnectedListener_ShouldReportChangesAgain()
    {
        await TerminateListenerAsync();
        await _host.WaitUntilAsync(statistics => !statistics.Serving, "the cache to stop serving");
        await _host.WaitUntilAsync(statistics => statistics.Serving, "the listener to reconnect");
        await WarmAsync();
        var notifications = _host.Statistics.Notifications;

        await SetValueAsync("reported");
        await _host.WaitUntilAsync(statistics => statistics.Notifications > notifications, "the change to be reported");

        Assert.Equal("reported", await ValueAsync());
    }

    private async Task WarmAsync()
    {
        var name = nameof(GetGlobalSettingsQuery);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var hits = _host.CountersOf(name).Hits;
            await ValueAsync();
            if (_host.CountersOf(name).Hits > hits)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The settings were never served from the cache.");
    }

    private async Task<string> ValueAsync() => (await _host.SendAsync(new GetGlobalSettingsQuery(IncludeAdministrative: true)))[SettingKey].Value;

    private Task SetValueAsync(string value) =>
        Database.ExecuteAsync(_database.ConnectionString, $"UPDATE global_settings SET setting_value = '{value}' WHERE setting_key = '{SettingKey}'");

    private async Task TerminateListenerAsync()
    {
        var terminated = await Database.ScalarAsync<long>(_database.ConnectionString, $"""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE application_name = '{PostgresNotificationListener.ApplicationName}' AND datname = current_database()
            """);
        Assert.Equal(1, terminated);
    }
}
