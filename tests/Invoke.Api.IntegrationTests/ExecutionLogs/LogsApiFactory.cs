using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Dashboard;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>The API on its own database with the dashboard cache off, so every request sees the rows just written.</summary>
public sealed class LogsApiFactory : InvokeApiFactory
{
    /// <summary>Starts the API, which migrates the database, so tests can write rows before their first request.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        CreateClient().Dispose();
    }

    protected override void ConfigureSettings(IDictionary<string, string?> settings) =>
        settings[$"{DashboardOptions.SectionName}:{nameof(DashboardOptions.StatsCacheSeconds)}"] = "0";
}
