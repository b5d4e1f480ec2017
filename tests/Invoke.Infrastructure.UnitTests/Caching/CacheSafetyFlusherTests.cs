using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class CacheSafetyFlusherTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _clock = new();
    private readonly Counter _runs = new();

    [Fact]
    public async Task Execute_WhenTheIntervalPasses_ShouldDropEveryEntry()
    {
        var options = Options.Create(new CacheOptions { SafetyFlushInterval = Interval });
        var cache = new QueryCache(options, _clock, NullLogger<QueryCache>.Instance);
        cache.Resume("test");
        using var flusher = new CacheSafetyFlusher(cache, options, _clock);
        await flusher.StartAsync(CancellationToken.None);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        var beforeInterval = cache.Capture().Entries;
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, beforeInterval);
        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task Stop_ShouldEndTheFlushes()
    {
        var options = Options.Create(new CacheOptions { SafetyFlushInterval = Interval });
        var cache = new QueryCache(options, _clock, NullLogger<QueryCache>.Instance);
        cache.Resume("test");
        using var flusher = new CacheSafetyFlusher(cache, options, _clock);
        await flusher.StartAsync(CancellationToken.None);
        await flusher.StopAsync(CancellationToken.None);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        _clock.Advance(Interval * 2);

        Assert.Equal(1, cache.Capture().Entries);
    }
}
