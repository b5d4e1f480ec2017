using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Domain.ExecutionLogs;
using Invoke.Infrastructure.ExecutionLogs;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.UnitTests.ExecutionLogs;

public sealed class ExecutionLogQueueTests
{
    [Fact]
    public void TryEnqueue_WhenTheQueueHoldsItsCapacity_ShouldDropAndCountTheRest()
    {
        var queue = Queue(new ExecutionLogOptions { QueueCapacity = 3 });

        var accepted = Enumerable.Range(0, 5).Select(_ => queue.TryEnqueue(ExecutionRecords.Invocation())).ToList();

        Assert.Equal([true, true, true, false, false], accepted);
        Assert.Equal(2, queue.DroppedCount);
    }

    [Fact]
    public void TryEnqueue_WhenTheRecordsOutgrowTheBytes_ShouldDropWhatDoesNotFit()
    {
        var queue = Queue(new ExecutionLogOptions { QueueCapacityBytes = 300_000 });
        var large = ExecutionRecords.Invocation(responseBody: new string('r', ExecutionLogRedaction.MaxBodyLength));

        var accepted = Enumerable.Range(0, 3).Select(_ => queue.TryEnqueue(large)).ToList();
        Assert.True(queue.TryRead(out _));
        var afterRead = queue.TryEnqueue(large);

        Assert.Equal([true, true, false], accepted);
        Assert.True(afterRead);
        Assert.Equal(1, queue.DroppedCount);
    }

    [Fact]
    public void TryEnqueue_ShouldQueueTheRecordRedacted()
    {
        var queue = Queue(new ExecutionLogOptions());

        queue.TryEnqueue(ExecutionRecords.Invocation(responseBody: new string('r', 1_000_000)));

        Assert.True(queue.TryRead(out var queued));
        Assert.Equal(
            ("/invoke/fn", ExecutionLogRedaction.RedactedValue, ExecutionLogRedaction.MaxBodyLength),
            (queued.Url, queued.RequestHeaders["x-api-key"], queued.ResponseBody!.Length));
    }

    [Fact]
    public async Task Close_ShouldRefuseNewRecordsAndLetTheQueuedOnesBeRead()
    {
        var queue = Queue(new ExecutionLogOptions());
        queue.TryEnqueue(ExecutionRecords.Invocation());

        queue.Close();
        var afterClose = queue.TryEnqueue(ExecutionRecords.Invocation());

        Assert.False(afterClose);
        Assert.Equal(1, queue.DroppedCount);
        Assert.True(await queue.WaitToReadAsync(CancellationToken.None));
        Assert.True(queue.TryRead(out ExecutionRecord _));
        Assert.False(await queue.WaitToReadAsync(CancellationToken.None));
    }

    private static ExecutionLogQueue Queue(ExecutionLogOptions options) => new(Options.Create(options));
}
