using Invoke.Application.Scheduler;
using Invoke.Application.Scheduler.Queries.GetNextScheduledRun;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Invoke.Infrastructure.Scheduling;

/// <summary>
/// The scheduler role: sleeps until the earliest <c>next_execution</c> (on the injected clock), or until a schedule
/// changes, then claims and starts what is due (<see cref="ScheduledRuns"/>) and reads the next one. It never waits for
/// runs to end before starting the next due ones; the concurrency cap and the per-function lease bound them.
/// </summary>
internal sealed class SchedulerService(
    ScheduledRuns runs,
    ScheduleChangeSignal signal,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SchedulerService> logger) : BackgroundService
{
    /// <summary>
    /// The longest sleep without reading the schedules again: a change made while the notification listener was away,
    /// or with notifications off, is seen within this.
    /// </summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    /// <summary>The wait after the database failed to answer.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var passes = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                signal.Reset();
                var sleep = await NextSleepAsync(stoppingToken);
                if (sleep == TimeSpan.Zero)
                {
                    var pass = await StartPassAsync(stoppingToken);
                    passes.RemoveAll(task => task.IsCompleted);
                    passes.Add(pass);
                    continue;
                }

                await SleepAsync(sleep, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: runs cut short leave their leases to run out.
        }

        await Task.WhenAll(passes);
    }

    private async Task<TimeSpan> NextSleepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var next = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetNextScheduledRunQuery(), cancellationToken);
            if (next is null)
            {
                return MaxSleep;
            }

            var until = next.Value - time.GetUtcNow().UtcDateTime;
            return until <= TimeSpan.Zero ? TimeSpan.Zero : until < MaxSleep ? until : MaxSleep;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Scheduler could not read the next due run; trying again in {Delay}", RetryDelay);
            return RetryDelay;
        }
    }

    /// <returns>The task of the started runs' ends.</returns>
    private async Task<Task> StartPassAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pass = await runs.StartDueAsync(cancellationToken);
            return pass.Completion;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Scheduler could not claim the due runs; trying again in {Delay}", RetryDelay);
            await Task.Delay(RetryDelay, time, cancellationToken);
            return Task.CompletedTask;
        }
    }

    private async Task SleepAsync(TimeSpan sleep, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(sleep, time, wake.Token);
        await Task.WhenAny(timer, signal.Changed);
        await wake.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
