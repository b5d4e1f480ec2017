using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class CacheInvalidatorTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly Counter _runs = new();

    [Fact]
    public async Task Received_WithARowChange_ShouldEvictThatRowsEntriesOnly()
    {
        var cache = TestCache.Create(_clock);
        var invalidator = new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));
        await cache.GetAsync<UserQuery>("2", "two", _runs, CacheTags.User(2));

        invalidator.Received("invoke_cache_invalidated", """{"table": "users", "action": "UPDATE", "id": 1}""");

        Assert.Equal(1, cache.Capture().Entries);
        Assert.Equal(1, cache.Capture().Notifications);
        Assert.Equal("two", await cache.GetAsync<UserQuery>("2", "changed", _runs, CacheTags.User(2)));
    }

    [Fact]
    public async Task Received_WithAnUnreadablePayload_ShouldFlushEverything()
    {
        var cache = TestCache.Create(_clock);
        var invalidator = new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        invalidator.Received("gateway_invalidated", "garbage");

        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task DisconnectedThenListening_ShouldBypassMeanwhileAndServeAgainAfterwards()
    {
        var cache = TestCache.Create(_clock, serving: false);
        var invalidator = new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance);
        invalidator.Listening();
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        invalidator.Disconnected("terminated");
        var whileDisconnected = cache.Capture();
        invalidator.Listening();

        Assert.False(whileDisconnected.Serving);
        Assert.Equal(0, whileDisconnected.Entries);
        Assert.True(cache.Capture().Serving);
    }
}
