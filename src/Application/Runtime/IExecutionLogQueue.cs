using Invoke.Application.Runtime.Commands.RecordExecutions;

namespace Invoke.Application.Runtime;

/// <summary>
/// Takes the log of an invocation off the request path: a bounded queue that a background writer empties in batches
/// (<see cref="RecordExecutionsCommand"/>), and drains when the host stops.
/// </summary>
public interface IExecutionLogQueue
{
    /// <summary>
    /// Queues the record (redacted at once, so that the queue holds no secrets and a bounded size). Never waits: when the
    /// queue is full, or the host is stopping, the record is dropped and counted in <see cref="DroppedCount"/>.
    /// </summary>
    /// <returns>False when the record was dropped.</returns>
    bool TryEnqueue(ExecutionRecord record);

    /// <summary>
    /// Records dropped since start: refused by a full or closed queue, or given up after failed writes.
    /// </summary>
    long DroppedCount { get; }
}
