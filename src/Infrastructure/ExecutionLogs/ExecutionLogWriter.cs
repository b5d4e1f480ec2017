using Invoke.Application.Runtime.Commands.RecordExecutions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.ExecutionLogs;

/// <summary>
/// Empties the <see cref="ExecutionLogQueue"/> in batches (docs/adr/0023): a batch is written once it holds
/// <see cref="ExecutionLogOptions.BatchSize"/> records, or <see cref="ExecutionLogOptions.FlushInterval"/> after its first
/// one, with one <see cref="RecordExecutionsCommand"/> in a scope of its own. A failed write is tried
/// <see cref="ExecutionLogOptions.MaxWriteAttempts"/> times in all, then the batch is dropped and counted. When the host
/// stops, the queue is closed and what it holds is written before <see cref="StopAsync"/> returns.
/// </summary>
internal sealed class ExecutionLogWriter(
    ExecutionLogQueue queue,
    IServiceScopeFactory scopeFactory,
    IOptions<ExecutionLogOptions> options,
    TimeProvider timeProvider,
    ILogger<ExecutionLogWriter> logger) : BackgroundService
{
    // Cancelled only when the host stops waiting for the drain; until then a write under way at shutdown goes on. Never
    // disposed: it holds no timer, and a host torn down by a test can stop its services after disposing them.
    private readonly CancellationTokenSource _abandon = new();
    private long _reportedDrops;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await using (cancellationToken.Register(_abandon.Cancel))
        {
            await base.StopAsync(cancellationToken);
            // The loop may never have run: a host that stops at once cancels it before it starts.
            if (ExecuteTask is null or { IsCompleted: true })
            {
                await WriteQueuedAsync();
            }
        }

        ReportDrops();
    }

    // Not stoppingToken: StopAsync closes the queue instead, and the loop ends once it has written what was queued.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WriteQueuedAsync();

    /// <summary>Writes batch after batch until the queue is closed and empty, or the host stops waiting.</summary>
    private async Task WriteQueuedAsync()
    {
        var abandon = _abandon.Token;
        var batch = new List<ExecutionRecord>(options.Value.BatchSize);
        try
        {
            while (await queue.WaitToReadAsync(abandon))
            {
                await FillBatchAsync(batch, abandon);
                await WriteAsync(batch, abandon);
                batch.Clear();
                ReportDrops();
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            var lost = batch.Count;
            while (queue.TryRead(out _))
            {
                lost++;
            }

            queue.CountDropped(lost);
            logger.LogError("The host stopped waiting before {Count} execution logs were written; they are lost", lost);
        }
    }

    /// <summary>Reads records until the batch is full, the interval is over or the queue is closed and empty.</summary>
    private async Task FillBatchAsync(List<ExecutionRecord> batch, CancellationToken abandon)
    {
        var batchSize = options.Value.BatchSize;
        using var interval = new CancellationTokenSource(options.Value.FlushInterval, timeProvider);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(interval.Token, abandon);
        try
        {
            do
            {
                while (batch.Count < batchSize && queue.TryRead(out var record))
                {
                    batch.Add(record);
                }
            }
            while (batch.Count < batchSize && await queue.WaitToReadAsync(waiting.Token));
        }
        catch (OperationCanceledException) when (interval.IsCancellationRequested && !abandon.IsCancellationRequested)
        {
            // The interval is over: the batch is written as it is.
        }
    }

    private async Task WriteAsync(List<ExecutionRecord> batch, CancellationToken abandon)
    {
        var maxAttempts = options.Value.MaxWriteAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var recorded = await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Send(new RecordExecutionsCommand([.. batch]), abandon);
                if (recorded.Invalid > 0)
                {
                    logger.LogWarning("Left out {Count} execution records that break a rule of the log", recorded.Invalid);
                }

                return;
            }
            catch (Exception exception) when (!abandon.IsCancellationRequested)
            {
                if (attempt == maxAttempts)
                {
                    queue.CountDropped(batch.Count);
                    logger.LogError(exception, "Dropped {Count} execution logs after {Attempts} failed writes", batch.Count, attempt);
                    return;
                }

                logger.LogWarning(
                    exception,
                    "Could not write {Count} execution logs (attempt {Attempt} of {MaxAttempts}); trying again",
                    batch.Count,
                    attempt,
                    maxAttempts);
            }

            await Task.Delay(options.Value.RetryDelay, timeProvider, abandon);
        }
    }

    /// <summary>Logs the drops since the last report, here rather than per drop, which would flood the log under load.</summary>
    private void ReportDrops()
    {
        var dropped = queue.DroppedCount;
        var reported = Interlocked.Exchange(ref _reportedDrops, dropped);
        if (dropped > reported)
        {
            logger.LogWarning(
                "Dropped {Count} execution logs since the last report, {Total} since start (queue full or closed, or writes failed)",
                dropped - reported,
                dropped);
        }
    }
}
