using Invoke.Application.Scheduler;
using Invoke.Application.Scheduler.Commands.RunLogRetention;
using Invoke.Infrastructure.Maintenance;
using Invoke.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>
    /// What every instance has: the scheduled runs (the execution port's trigger uses them), their metrics, and the
    /// automatic log retention pass among the maintenance jobs (one instance makes it per interval).
    /// </summary>
    internal static IServiceCollection AddScheduledRuns(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.SectionName)
            .Validate(
                options => options is { MaxConcurrentRuns: > 0, ClaimBatchSize: > 0, FailuresBeforeBackOff: > 0, RetentionBatchSize: > 0 }
                    && options.BackOff > TimeSpan.Zero && options.MaxBackOff >= options.BackOff,
                $"{SchedulerOptions.SectionName}: MaxConcurrentRuns, ClaimBatchSize, FailuresBeforeBackOff and RetentionBatchSize " +
                "must be positive, BackOff positive and MaxBackOff at least BackOff.")
            .ValidateOnStart();
        services.AddSingleton<SchedulerMetrics>();
        services.AddSingleton<ScheduledRuns>();
        services.AddSingleton(provider =>
        {
            var interval = provider.GetRequiredService<IOptions<MaintenanceOptions>>().Value.Interval;
            return new MaintenanceJob(
                "log retention",
                async (mediator, cancellationToken) =>
                    (await mediator.Send(new RunLogRetentionCommand(interval), cancellationToken))?.Deleted ?? 0);
        });
        return services;
    }

    /// <summary>The <c>scheduler</c> role: the service that starts due runs, woken by schedule changes.</summary>
    public static IServiceCollection AddSchedulerRole(this IServiceCollection services)
    {
        services.AddSingleton<ScheduleChangeSignal>();
        services.AddSingleton<IChannelObserver>(provider => provider.GetRequiredService<ScheduleChangeSignal>());
        services.AddHostedService<SchedulerService>();
        return services;
    }
}
