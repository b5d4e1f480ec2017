namespace Invoke.Application.UnitTests.TestDoubles;

/// <summary>A clock whose monotonic timestamp advances by <paramref name="step"/> each time it is read.</summary>
public sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        var now = _ticks;
        _ticks += step.Ticks;
        return now;
    }
}
