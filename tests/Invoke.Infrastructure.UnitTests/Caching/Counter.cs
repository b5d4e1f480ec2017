namespace Invoke.Infrastructure.UnitTests.Caching;

/// <summary>Counts handler runs.</summary>
internal sealed class Counter
{
    private int _value;

    public int Value => _value;

    public T Count<T>(T result)
    {
        Interlocked.Increment(ref _value);
        return result;
    }
}
