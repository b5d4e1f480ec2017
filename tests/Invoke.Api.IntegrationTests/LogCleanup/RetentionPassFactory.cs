using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Application.Scheduler;

namespace Invoke.Api.IntegrationTests.LogCleanup;

/// <summary>Retention is global: its own database, with batches of <see cref="BatchSize"/> logs so that every pass needs several.</summary>
public sealed class RetentionPassFactory : LogsApiFactory
{
    public const int BatchSize = 2;

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings[$"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.RetentionBatchSize)}"] = BatchSize.ToString();
    }
}
