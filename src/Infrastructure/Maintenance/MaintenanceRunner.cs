using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Maintenance;

/// <summary>
/// Runs every registered <see cref="MaintenanceJob"/> once per <see cref="MaintenanceOptions.Interval"/>, one after
/// another. A job that fails is logged and tried again at the next interval; the others still run.
/// </summary>
internal sealed class MaintenanceRunner(
    IEnumerable<MaintenanceJob> jobs,
    IServiceScopeFactory scopeFactory,
    IOptions<MaintenanceOptions> options,
    TimeProvider timeProvider,
    ILogger<MaintenanceRunner> logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>Starts the clock here, not in ExecuteAsync, which the host runs later on a thread of its own.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _timer!.WaitForNextTickAsync(stoppingToken))
            {
                await RunJobsAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a job cut short runs again at the next start.
        }
    }

    private async Task RunJobsAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var removed = await job.Run(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
                logger.LogInformation("Maintenance job {Job} removed {Rows} rows", job.Name, removed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Maintenance job {Job} failed; it runs again at the next interval", job.Name);
            }
        }
    }
}
