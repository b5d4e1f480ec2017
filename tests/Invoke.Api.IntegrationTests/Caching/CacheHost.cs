using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// One API instance on a database it shares with other instances, as in a multi-instance deployment. The first instance
/// started on a database migrates it.
/// </summary>
public sealed class CacheHost(string connectionString, params (string Key, string Value)[] settings) : InvokeApiFactory
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    // The shared database belongs to the test fixture, not to this instance.
    public override Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the instance and waits until its listener is connected and its cache serves.</summary>
    public async Task StartAsync()
    {
        _ = Services;
        await WaitUntilAsync(statistics => statistics.Serving, "the cache to serve");
    }

    public RecordingLoggerProvider Logs { get; } = new();

    public CacheStatisticsSnapshot Statistics => Services.GetRequiredService<ICacheStatistics>().Capture();

    public QueryCacheCounters CountersOf(string queryName) =>
        Statistics.Queries.GetValueOrDefault(queryName) ?? new QueryCacheCounters(0, 0, 0, 0);

    public async Task WaitUntilAsync(Func<CacheStatisticsSnapshot, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(Statistics))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddLogging(logging => logging.AddProvider(Logs));

    protected override void ConfigureSettings(IDictionary<string, string?> configured)
    {
        configured[$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] = connectionString;
        foreach (var (key, value) in settings)
        {
            configured[key] = value;
        }
    }
}
