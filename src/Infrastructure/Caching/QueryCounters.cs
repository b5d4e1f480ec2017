using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>The live counters of one query type; <see cref="QueryCacheCounters"/> is their snapshot.</summary>
internal sealed class QueryCounters
{
    private long _hits;
    private long _misses;
    private long _evictions;
    private long _bypasses;

    public void Hit() => Interlocked.Increment(ref _hits);

    public void Miss() => Interlocked.Increment(ref _misses);

    public void Evicted() => Interlocked.Increment(ref _evictions);

    public void Bypassed() => Interlocked.Increment(ref _bypasses);

    public QueryCacheCounters Capture() =>
        new(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), Interlocked.Read(ref _evictions), Interlocked.Read(ref _bypasses));
}
