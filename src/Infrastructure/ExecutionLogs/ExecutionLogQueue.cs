using System.Threading.Channels;
using Invoke.Application.Runtime;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.ExecutionLogs;

/// <summary>
/// A channel bounded by <see cref="ExecutionLogOptions.QueueCapacity"/> records and
/// <see cref="ExecutionLogOptions.QueueCapacityBytes"/> bytes, emptied by <see cref="ExecutionLogWriter"/> alone.
/// Enqueueing costs the request the redaction and a lock-free write, never a wait.
/// </summary>
internal sealed class ExecutionLogQueue : IExecutionLogQueue
{
    // What a record costs beyond its text: the record, its collections and its strings' headers, roughly.
    private const long RecordOverheadBytes = 512;
    private const long EntryOverheadBytes = 64;

    private readonly Channel<QueuedRecord> _channel;
    private readonly long _capacityBytes;
    private long _queuedBytes;
    private long _droppedCount;

    public ExecutionLogQueue(IOptions<ExecutionLogOptions> options)
    {
        _channel = Channel.CreateBounded<QueuedRecord>(
            new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _capacityBytes = options.Value.QueueCapacityBytes;
    }

    public long DroppedCount => Interlocked.Read(ref _droppedCount);

    public bool TryEnqueue(ExecutionRecord record)
    {
        var redacted = record.Redacted();
        var size = SizeOf(redacted);
        // In Wait mode a full channel refuses TryWrite; the Drop modes would accept it and silently drop another record.
        if (Interlocked.Add(ref _queuedBytes, size) <= _capacityBytes
            && _channel.Writer.TryWrite(new QueuedRecord(redacted, size)))
        {
            return true;
        }

        Interlocked.Add(ref _queuedBytes, -size);
        CountDropped(1);
        return false;
    }

    public bool TryRead(out ExecutionRecord record)
    {
        if (_channel.Reader.TryRead(out var queued))
        {
            Interlocked.Add(ref _queuedBytes, -queued.Size);
            record = queued.Record;
            return true;
        }

        record = null!;
        return false;
    }

    /// <returns>False once the queue is closed and empty.</returns>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) =>
        _channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Refuses every record from now on; those queued can still be read.</summary>
    public void Close() => _channel.Writer.TryComplete();

    public void CountDropped(long count) => Interlocked.Add(ref _droppedCount, count);

    private static long SizeOf(ExecutionRecord record) =>
        RecordOverheadBytes
        + (EntryOverheadBytes * (record.RequestHeaders.Count + record.ResponseHeaders.Count + record.Console.Count))
        + (sizeof(char) * (Length(record.Method) + Length(record.Url) + Length(record.RequestBody)
            + Length(record.ResponseBody) + Length(record.ErrorMessage) + Length(record.UserAgent)
            + record.RequestHeaders.Sum(h => (long)h.Key.Length + h.Value.Length)
            + record.ResponseHeaders.Sum(h => (long)h.Key.Length + h.Value.Length)
            + record.Console.Sum(e => (long)e.Level.Length + e.Message.Length)));

    private static long Length(string? text) => text?.Length ?? 0;

    private sealed record QueuedRecord(ExecutionRecord Record, long Size);
}
