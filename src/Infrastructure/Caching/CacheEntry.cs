using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <param name="expiresAt">The <see cref="TimeProvider.GetTimestamp"/> after which it is not served, or null.</param>
internal sealed class CacheEntry(object? value, CacheTag[] tags, QueryCounters counters, long? expiresAt)
{
    public object? Value { get; } = value;

    public CacheTag[] Tags { get; } = tags;

    public QueryCounters Counters { get; } = counters;

    // Reads the clock only for entries that can expire: every cache hit asks.
    public bool IsFresh(TimeProvider clock) => expiresAt is not { } limit || clock.GetTimestamp() < limit;
}
