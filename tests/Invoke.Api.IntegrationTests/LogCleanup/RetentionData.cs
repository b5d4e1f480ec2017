using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.LogCleanup;

/// <summary>The global retention settings and the logs left, for the retention tests.</summary>
internal static class RetentionData
{
    public static Task SetGlobalRetentionAsync(this InvokeApiFactory factory, string enabled, string type, string value) =>
        factory.ExecuteSqlAsync(
            """
            UPDATE global_settings SET setting_value = CASE setting_key
                WHEN 'log_retention_enabled' THEN @enabled WHEN 'log_retention_type' THEN @type ELSE @value END
            WHERE setting_key IN ('log_retention_enabled', 'log_retention_type', 'log_retention_value')
            """,
            ("enabled", enabled), ("type", type), ("value", value));

    public static Task<int> AddLogAgedAsync(this InvokeApiFactory factory, Guid functionId, double days) =>
        factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromDays(days)));

    public static async Task<int[]> RemainingLogIdsAsync(this InvokeApiFactory factory)
    {
        var ids = await factory.QueryDbAsync(context => context.ExecutionLogs.Select(l => l.Id).OrderBy(id => id).ToListAsync());
        return [.. ids];
    }
}
