using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Caching;

/// <summary>A <see cref="QueryCache"/> on a fake clock, serving (as when the listener is connected) unless told otherwise.</summary>
internal static class TestCache
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    public static QueryCache Create(FakeTimeProvider clock, bool serving = true, int maxEntries = 1000, bool enabled = true)
    {
        var cache = new QueryCache(
            Options.Create(new CacheOptions { DebounceWindow = Window, MaxEntries = maxEntries, Enabled = enabled }),
            clock,
            NullLogger<QueryCache>.Instance);
        if (serving)
        {
            cache.Resume("test");
        }

        return cache;
    }

    public static CacheEntryKey Key<TQuery>(string key = "") => new(typeof(TQuery), key);

    /// <summary>Loads through the cache with a handler that counts its runs and returns <paramref name="value"/>.</summary>
    public static Task<string> GetAsync<TQuery>(
        this QueryCache cache, string key, string value, Counter runs, params CacheTag[] tags) =>
        cache.GetOrAddAsync(Key<TQuery>(key), () => Task.FromResult(runs.Count(value)), _ => tags, CancellationToken.None);

    public static QueryCacheCounters CountersOf<TQuery>(this QueryCache cache) => cache.Capture().Queries[typeof(TQuery).Name];
}
