using Invoke.Application.Runtime.Commands.InvokeFunction;
using Invoke.Application.Scheduler.Commands.ClaimDueRuns;
using Invoke.Application.Scheduler.Commands.CompleteScheduledRun;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Scheduler;

/// <summary>
/// Runs what is due in passes: claims as many runs as it has free slots (so that an instance never holds runs it
/// cannot start while another instance idles), starts each as an ordinary invocation with
/// <see cref="InvocationSource.Schedule"/>, and claims again until nothing is due. At most
/// <see cref="SchedulerOptions.MaxConcurrentRuns"/> runs are under way in this instance, across every pass at once.
/// </summary>
public sealed class ScheduledRuns(
    IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, SchedulerMetrics metrics, ILogger<ScheduledRuns> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRuns, options.Value.MaxConcurrentRuns);

    /// <summary>Claims and runs everything due now; returns once those runs have ended.</summary>
    public async Task<ScheduledPassDto> RunDueAsync(CancellationToken cancellationToken) =>
        await (await StartDueAsync(cancellationToken)).Completion;

    /// <summary>
    /// Claims and starts everything due now; returns once the last due run has started (claiming waits for free
    /// slots), with the task of their ends.
    /// </summary>
    public async Task<StartedPass> StartDueAsync(CancellationToken cancellationToken)
    {
        var runs = new List<Task<bool>>();
        while (true)
        {
            var free = await TakeFreeSlotsAsync(cancellationToken);
            ClaimedRunsDto claimed;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Send(new ClaimDueRunsCommand(free), cancellationToken);
            }
            catch
            {
                _slots.Release(free);
                throw;
            }

            if (free > claimed.Runs.Count)
            {
                _slots.Release(free - claimed.Runs.Count);
            }

            runs.AddRange(claimed.Runs.Select(run => RunAsync(run, cancellationToken)));
            if (claimed.Examined < free)
            {
                return new StartedPass(runs.Count, SummariseAsync(runs));
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>Waits for one slot, then takes every other free one, up to a claim batch.</summary>
    private async Task<int> TakeFreeSlotsAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var taken = 1;
        while (taken < options.Value.ClaimBatchSize && _slots.Wait(0, CancellationToken.None))
        {
            taken++;
        }

        return taken;
    }

    private async Task<bool> RunAsync(ClaimedRunDto run, CancellationToken cancellationToken)
    {
        // Off the claiming loop: the next claim must not wait for this run's package load.
        await Task.Yield();
        metrics.RunStarted();
        var succeeded = false;
        try
        {
            try
            {
                succeeded = await InvokeAsync(run, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Scheduled run of function {FunctionId} failed before its code ran", run.FunctionId);
            }

            await CompleteAsync(run, succeeded, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out on its own and the function runs again at a later slot.
        }
        catch (Exception exception)
        {
            logger.LogError(
                exception, "End of the scheduled run of function {FunctionId} not recorded: its lease runs out on its own", run.FunctionId);
        }
        finally
        {
            metrics.RunEnded(succeeded);
            _slots.Release();
        }

        return succeeded;
    }

    private async Task<bool> InvokeAsync(ClaimedRunDto run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new InvokeFunctionCommand(run.FunctionId, ScheduledRequest.For(run), null, InvocationSource.Schedule),
            cancellationToken);
        var succeeded = result is { Outcome: InvocationOutcome.Executed, Response: { Failure: null, StatusCode: < 500 } };
        if (!succeeded)
        {
            logger.LogWarning(
                "Scheduled run of function {FunctionId} failed ({Outcome}, status {Status})",
                run.FunctionId, result.Outcome, result.Response?.StatusCode);
        }

        return succeeded;
    }

    private static async Task<ScheduledPassDto> SummariseAsync(List<Task<bool>> runs)
    {
        var results = await Task.WhenAll(runs);
        var succeeded = results.Count(result => result);
        return new ScheduledPassDto(succeeded, results.Length - succeeded);
    }

    private async Task CompleteAsync(ClaimedRunDto run, bool succeeded, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var completed = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CompleteScheduledRunCommand(run, succeeded), cancellationToken);
        if (completed.BackedOffUntil is { } until)
        {
            logger.LogWarning(
                "Function {FunctionId} failed {Failures} scheduled runs in a row: backed off until {Until:o}",
                run.FunctionId, run.FailuresBefore + 1, until);
        }
    }
}

/// <param name="Started">Runs the pass claimed and started.</param>
/// <param name="Completion">Ends when they have all ended; never faults (a run's failure is counted, not thrown).</param>
public sealed record StartedPass(int Started, Task<ScheduledPassDto> Completion);

/// <param name="Succeeded">Runs of this pass that ended with a response below 500.</param>
/// <param name="Failed">Runs that failed: code error, timeout, status 500 or more, or no run at all (package missing).</param>
public sealed record ScheduledPassDto(int Succeeded, int Failed);
