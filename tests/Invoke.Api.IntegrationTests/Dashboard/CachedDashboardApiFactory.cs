using Invoke.Api.IntegrationTests.ExecutionLogs;

namespace Invoke.Api.IntegrationTests.Dashboard;

/// <summary>The API with a stats cache long enough that no test outlives it.</summary>
public sealed class CachedDashboardApiFactory : LogsApiFactory
{
    protected override int StatsCacheSeconds => 600;
}
