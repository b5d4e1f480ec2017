using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Notifications;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// Waits until the API's cache has received every notification of the changes committed so far. A test that changes
/// the database and reads through the API at once would otherwise race the listener by a fraction of a millisecond.
/// </summary>
public static class CacheSettling
{
    private const string MarkerTable = "test_cache_settling_marker";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task SettleCacheAsync(this InvokeApiFactory factory)
    {
        var statistics = factory.Services.GetRequiredService<ICacheStatistics>();
        if (!statistics.Capture().Serving)
        {
            return;
        }

        var markers = MarkersSeen(statistics);
        // NOTIFY is delivered in commit order, so once the marker has arrived, so has everything committed before it.
        await using (var connection = new NpgsqlConnection(DatabaseConnection.Resolve(factory.Services.GetRequiredService<IConfiguration>())))
        {
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand(
                $$"""SELECT pg_notify('{{NotificationChannels.InvokeCache}}', '{"table": "{{MarkerTable}}", "action": "SETTLE"}')""",
                connection);
            await notify.ExecuteNonQueryAsync();
        }

        var deadline = DateTime.UtcNow + Patience;
        while (MarkersSeen(statistics) == markers && statistics.Capture().Serving)
        {
            Assert.True(DateTime.UtcNow < deadline, "The cache never received the settling marker.");
            await Task.Delay(1);
        }
    }

    private static long MarkersSeen(ICacheStatistics statistics) =>
        statistics.Capture().NotificationsByTable.GetValueOrDefault(MarkerTable);
}
