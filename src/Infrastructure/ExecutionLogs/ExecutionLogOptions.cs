namespace Invoke.Infrastructure.ExecutionLogs;

/// <summary>The execution log queue and its writer (<c>Invoke:ExecutionLogs</c>).</summary>
public sealed class ExecutionLogOptions
{
    public const string SectionName = "Invoke:ExecutionLogs";

    /// <summary>Records the queue holds at most; beyond, new records are dropped.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// Bytes of text the queued records hold at most (64 MiB): what bounds memory when the records are large, since one
    /// may hold up to about 1 MB of capped bodies, console and headers.
    /// </summary>
    public long QueueCapacityBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Records written with one command; a full batch is written at once.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a batch waits for more records after its first one before it is written anyway.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Writes of one batch before it is dropped, the first included.</summary>
    public int MaxWriteAttempts { get; set; } = 3;

    /// <summary>The pause between two writes of a batch that failed.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
