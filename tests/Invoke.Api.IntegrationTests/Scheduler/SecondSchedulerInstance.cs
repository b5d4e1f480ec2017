using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Scheduler;
using Invoke.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>Another scheduler instance on the first one's database and clock, as a second replica would run.</summary>
public sealed class SecondSchedulerInstance(SchedulerFactory first) : InvokeApiFactory
{
    public SchedulerMetrics Metrics => Services.GetRequiredService<SchedulerMetrics>();

    /// <summary>No database of its own: it starts on the first instance's.</summary>
    public override Task InitializeAsync()
    {
        _ = Services;
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SharedSettings.Apply(builder, "scheduler");
    }

    protected override void ConfigureSettings(IDictionary<string, string?> settings) =>
        settings[$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] = first.ConnectionString;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(first.Time);
}
