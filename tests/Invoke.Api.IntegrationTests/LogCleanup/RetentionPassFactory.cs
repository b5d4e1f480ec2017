using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Application.Scheduler;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Api.IntegrationTests.LogCleanup;

/// <summary>
/// Retention is global: its own database, with batches of <see cref="BatchSize"/> logs so that every pass needs several,
/// on a clock (<see cref="Time"/>) that starts now and moves only when a test advances it.
/// </summary>
public sealed class RetentionPassFactory : LogsApiFactory
{
    public const int BatchSize = 2;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings[$"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.RetentionBatchSize)}"] = BatchSize.ToString();
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);
}
