using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Dashboard;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>
/// The API on its own database, started at once so that tests can write rows before their first request, with the
/// dashboard cache off: every request sees the rows just written.
/// </summary>
public class LogsApiFactory : InvokeApiFactory
{
    protected virtual int StatsCacheSeconds => 0;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Starting the API migrates the database.
        CreateClient().Dispose();
    }

    protected override void ConfigureSettings(IDictionary<string, string?> settings) =>
        settings[$"{DashboardOptions.SectionName}:{nameof(DashboardOptions.StatsCacheSeconds)}"] =
            StatsCacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
