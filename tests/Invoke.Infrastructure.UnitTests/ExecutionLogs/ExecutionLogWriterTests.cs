using System.Collections.Concurrent;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Infrastructure.ExecutionLogs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Infrastructure.UnitTests.ExecutionLogs;

/// <summary>The writer's batching, retries and drain, with a mediator that records what it is sent.</summary>
public sealed class ExecutionLogWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IMediator _mediator = Substitute.For<IMediator>();
    // NSubstitute cannot proxy ILogger<T> of an internal T: the writer's logger forwards to this one.
    private readonly ILogger _logger = Substitute.For<ILogger>();
    private readonly ConcurrentQueue<RecordExecutionsCommand> _sent = new();
    private Func<int, bool> _failsOnSend = _ => false;

    public ExecutionLogWriterTests() =>
        _mediator.Send(Arg.Any<RecordExecutionsCommand>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var command = call.Arg<RecordExecutionsCommand>();
            _sent.Enqueue(command);
            return _failsOnSend(_sent.Count)
                ? throw new InvalidOperationException("database down")
                : new RecordedExecutionsDto(command.Records.Count, 0, 0);
        });

    [Fact]
    public async Task Write_WhenABatchIsFull_ShouldSendItWithoutWaitingForTheInterval()
    {
        var (queue, writer) = await StartAsync(new ExecutionLogOptions { BatchSize = 10, FlushInterval = TimeSpan.FromHours(1) });

        Enqueue(queue, 25);

        await WaitUntilAsync(() => _sent.Count == 2);
        Assert.Equal([10, 10], _sent.Select(c => c.Records.Count));
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Write_WhenTheIntervalPasses_ShouldSendWhatTheBatchHolds()
    {
        var (queue, writer) = await StartAsync(new ExecutionLogOptions { BatchSize = 10, FlushInterval = TimeSpan.FromMilliseconds(50) });

        Enqueue(queue, 3);

        await WaitUntilAsync(() => !_sent.IsEmpty);
        Assert.Equal(3, Assert.Single(_sent).Records.Count);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stop_ShouldSendEverythingQueuedBeforeReturning()
    {
        var (queue, writer) = await StartAsync(new ExecutionLogOptions { BatchSize = 50, FlushInterval = TimeSpan.FromHours(1) });
        Enqueue(queue, 120);

        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(120, _sent.Sum(c => c.Records.Count));
        Assert.Equal(0, queue.DroppedCount);
        Assert.False(queue.TryEnqueue(ExecutionRecords.Invocation()));
        Assert.Equal(1, queue.DroppedCount);
    }

    [Fact]
    public async Task Write_WhenItFailsAndThenSucceeds_ShouldSendTheSameBatchAgainAndDropNothing()
    {
        _failsOnSend = send => send == 1;
        var (queue, writer) = await StartAsync(Retrying(maxAttempts: 3));
        Enqueue(queue, 4);

        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(2, _sent.Count);
        Assert.Equal(_sent.First().Records, _sent.Last().Records);
        Assert.Equal(0, queue.DroppedCount);
        Assert.Equal(1, LoggedAt(LogLevel.Warning));
    }

    [Fact]
    public async Task Write_WhenEveryAttemptFails_ShouldDropTheBatchCountItAndGoOnWithTheNext()
    {
        _failsOnSend = _ => true;
        var (queue, writer) = await StartAsync(Retrying(maxAttempts: 2));
        Enqueue(queue, 4);
        await WaitUntilAsync(() => queue.DroppedCount == 4);

        Enqueue(queue, 3);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal([4, 4, 3, 3], _sent.Select(c => c.Records.Count));
        Assert.Equal(7, queue.DroppedCount);
        Assert.Equal(2, LoggedAt(LogLevel.Error));
    }

    /// <summary>Batches of four, so that four records make one batch however the writer's reads interleave with them.</summary>
    private static ExecutionLogOptions Retrying(int maxAttempts) => new()
    {
        BatchSize = 4, FlushInterval = TimeSpan.FromHours(1), MaxWriteAttempts = maxAttempts, RetryDelay = TimeSpan.Zero,
    };

    private static void Enqueue(ExecutionLogQueue queue, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(queue.TryEnqueue(ExecutionRecords.Invocation()));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private async Task<(ExecutionLogQueue Queue, ExecutionLogWriter Writer)> StartAsync(ExecutionLogOptions settings)
    {
        var options = Options.Create(settings);
        var queue = new ExecutionLogQueue(options);
        var scopes = new ServiceCollection().AddScoped(_ => _mediator).BuildServiceProvider()
            .GetRequiredService<IServiceScopeFactory>();
        var loggers = Substitute.For<ILoggerFactory>();
        loggers.CreateLogger(Arg.Any<string>()).Returns(_logger);
        var writer = new ExecutionLogWriter(queue, scopes, options, TimeProvider.System, new Logger<ExecutionLogWriter>(loggers));
        await writer.StartAsync(CancellationToken.None);
        return (queue, writer);
    }

    private int LoggedAt(LogLevel level) =>
        _logger.ReceivedCalls().Count(call => call.GetMethodInfo().Name == nameof(ILogger.Log) && (LogLevel)call.GetArguments()[0]! == level);
}
