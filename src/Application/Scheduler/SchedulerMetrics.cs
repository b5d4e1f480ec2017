namespace Invoke.Application.Scheduler;

/// <summary>What this instance's scheduler and log retention have done since it started, for the health endpoints.</summary>
public sealed class SchedulerMetrics
{
    private long _due;
    private long _running;
    private long _succeeded;
    private long _failed;
    private long _skipped;
    private RetentionPass? _lastRetentionPass;

    /// <summary>Due runs this instance claimed.</summary>
    public long Due => Interlocked.Read(ref _due);

    public long Running => Interlocked.Read(ref _running);

    public long Succeeded => Interlocked.Read(ref _succeeded);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Slots that came while the function's previous run was still under way, so did not run.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>The last retention pass this instance made, null before the first.</summary>
    public RetentionPass? LastRetentionPass => Volatile.Read(ref _lastRetentionPass);

    public void Claimed() => Interlocked.Increment(ref _due);

    public void SlotSkipped() => Interlocked.Increment(ref _skipped);

    public void RunStarted() => Interlocked.Increment(ref _running);

    public void RunEnded(bool succeeded)
    {
        Interlocked.Decrement(ref _running);
        Interlocked.Increment(ref succeeded ? ref _succeeded : ref _failed);
    }

    public void RetentionPassed(RetentionPass pass) => Volatile.Write(ref _lastRetentionPass, pass);
}

/// <param name="Deleted">Logs the pass deleted.</param>
public sealed record RetentionPass(DateTime At, int Deleted);
