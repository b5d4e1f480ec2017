using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <param name="expiresAt">The <see cref="TimeProvider.GetTimestamp"/> after which it is not served, or null.</param>
internal sealed class CacheEntry(object? value, CacheTag[] tags, QueryCounters counters, long? expiresAt)
{
    public object? Value { get; } = value;

    public CacheTag[] Tags { get; } = tags;

    public QueryCounters Counters { get; } = counters;

    public bool IsFresh(long now) => expiresAt is not { } limit || now < limit;
}
