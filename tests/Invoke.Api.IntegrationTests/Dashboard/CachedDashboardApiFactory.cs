using Invoke.Api.IntegrationTests.Caching;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Infrastructure.Caching;

namespace Invoke.Api.IntegrationTests.Dashboard;

/// <summary>
/// The API with statistics that age out within a test, no debouncing of notifications, and a query cache that serves
/// before the first test (it does not until its listener is connected).
/// </summary>
public sealed class CachedDashboardApiFactory : LogsApiFactory
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    protected override int StatsCacheSeconds => (int)MaxAge.TotalSeconds;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.WaitUntilCacheServesAsync();
    }

    // Functions created a few milliseconds apart would otherwise form a burst, whose results are not stored until it ends.
    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings[$"{CacheOptions.SectionName}:{nameof(CacheOptions.DebounceWindow)}"] = TimeSpan.Zero.ToString();
    }
}
