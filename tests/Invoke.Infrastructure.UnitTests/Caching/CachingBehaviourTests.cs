using Invoke.Infrastructure.Caching;
using MediatR;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class CachingBehaviourTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly Counter _runs = new();

    [Fact]
    public async Task Handle_WithACachedQuery_ShouldServeTheSecondRequestFromTheCache()
    {
        var behaviour = new CachingBehaviour<CachedUserNameQuery, string>(TestCache.Create(_clock));

        var first = await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alice"));
        var second = await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("bob"));

        Assert.Equal(["alice", "alice"], new[] { first, second });
        Assert.Equal(1, _runs.Value);
    }

    [Fact]
    public async Task Handle_WithDifferentParameters_ShouldCacheEachResultUnderItsOwnKey()
    {
        var behaviour = new CachingBehaviour<CachedUserNameQuery, string>(TestCache.Create(_clock));

        await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alice"));
        var other = await behaviour.Handle(new CachedUserNameQuery(2), CancellationToken.None, Next("bob"));

        Assert.Equal("bob", other);
        Assert.Equal(2, _runs.Value);
    }

    [Fact]
    public async Task Handle_WithARequestThatIsNotACachedQuery_ShouldAlwaysCallTheHandler()
    {
        var cache = TestCache.Create(_clock);
        var behaviour = new CachingBehaviour<UncachedUserNameQuery, string>(cache);

        await behaviour.Handle(new UncachedUserNameQuery(1), CancellationToken.None, Next("alice"));
        await behaviour.Handle(new UncachedUserNameQuery(1), CancellationToken.None, Next("alice"));

        Assert.Equal(2, _runs.Value);
        Assert.Empty(cache.Capture().Queries);
    }

    [Fact]
    public async Task Handle_WhenCachingIsSwitchedOff_ShouldAlwaysCallTheHandlerAndCountNothing()
    {
        var cache = TestCache.Create(_clock, enabled: false);
        var behaviour = new CachingBehaviour<CachedUserNameQuery, string>(cache);

        await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alice"));
        await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alice"));

        Assert.Equal(2, _runs.Value);
        Assert.Empty(cache.Capture().Queries);
    }

    [Fact]
    public async Task Handle_AfterTheQueryTagChanged_ShouldCallTheHandlerAgain()
    {
        var cache = TestCache.Create(_clock);
        var behaviour = new CachingBehaviour<CachedUserNameQuery, string>(cache);
        await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alice"));

        cache.Invalidate([Application.Common.Caching.CacheTags.User(1)]);
        var reloaded = await behaviour.Handle(new CachedUserNameQuery(1), CancellationToken.None, Next("alicia"));

        Assert.Equal("alicia", reloaded);
    }

    [Fact]
    public async Task Handle_WithAMaxAge_ShouldServeTheResultUntilItIsThatOldThenLoadAgain()
    {
        var behaviour = new CachingBehaviour<ShortLivedUserNameQuery, string>(TestCache.Create(_clock));
        await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, Next("v1"));

        _clock.Advance(ShortLivedUserNameQuery.Age - TimeSpan.FromMilliseconds(1));
        var young = await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, Next("v2"));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var reloaded = await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, Next("v3"));
        var cachedAgain = await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, Next("v4"));

        Assert.Equal(["v1", "v3", "v3"], new[] { young, reloaded, cachedAgain });
        Assert.Equal(2, _runs.Value);
    }

    [Fact]
    public async Task Handle_WithAMaxAge_ShouldCountItFromWhenTheHandlerStarted()
    {
        var behaviour = new CachingBehaviour<ShortLivedUserNameQuery, string>(TestCache.Create(_clock));
        await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, () =>
        {
            _clock.Advance(ShortLivedUserNameQuery.Age);
            return Task.FromResult(_runs.Count("slow"));
        });

        var next = await behaviour.Handle(new ShortLivedUserNameQuery(1), CancellationToken.None, Next("fresh"));

        Assert.Equal("fresh", next);
    }

    [Fact]
    public async Task Handle_WithAZeroMaxAge_ShouldCallTheHandlerEveryTimeAndStoreNothing()
    {
        var cache = TestCache.Create(_clock);
        var behaviour = new CachingBehaviour<ShortLivedUserNameQuery, string>(cache);
        var query = new ShortLivedUserNameQuery(1) { MaxAge = TimeSpan.Zero };

        var first = await behaviour.Handle(query, CancellationToken.None, Next("v1"));
        var second = await behaviour.Handle(query, CancellationToken.None, Next("v2"));

        Assert.Equal(["v1", "v2"], new[] { first, second });
        Assert.Equal(0, cache.Capture().Entries);
        Assert.Equal(2, cache.CountersOf<ShortLivedUserNameQuery>().Bypasses);
    }

    private RequestHandlerDelegate<string> Next(string result) => () => Task.FromResult(_runs.Count(result));
}
