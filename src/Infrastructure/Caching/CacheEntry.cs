using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

internal sealed class CacheEntry(object? value, CacheTag[] tags, QueryCounters counters)
{
    public object? Value { get; } = value;

    public CacheTag[] Tags { get; } = tags;

    public QueryCounters Counters { get; } = counters;
}
