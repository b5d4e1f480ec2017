using Invoke.Application.Common.Caching;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class QueryCacheTests
{
    private static readonly CacheTag UserOne = CacheTags.User(1);
    private static readonly CacheTag UserTwo = CacheTags.User(2);

    private readonly FakeTimeProvider _clock = new();
    private readonly Counter _runs = new();

    [Fact]
    public async Task GetOrAdd_WhenTheKeyWasLoadedBefore_ShouldServeTheStoredResultWithoutRunningTheHandler()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "alice", _runs, UserOne);

        var second = await cache.GetAsync<UserQuery>("1", "changed", _runs, UserOne);

        Assert.Equal("alice", second);
        Assert.Equal(1, _runs.Value);
        Assert.Equal(new QueryCacheCounters(Hits: 1, Misses: 1, Evictions: 0, Bypasses: 0), cache.CountersOf<UserQuery>());
    }

    [Fact]
    public async Task GetOrAdd_WithSameKeyOfAnotherQueryType_ShouldNotShareTheResult()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "user", _runs, UserOne);

        var settings = await cache.GetAsync<SettingsQuery>("1", "settings", _runs, CacheTags.GlobalSettings);

        Assert.Equal("settings", settings);
        Assert.Equal(2, _runs.Value);
    }

    [Fact]
    public async Task GetOrAdd_WhenNotServing_ShouldRunTheHandlerEveryTimeAndCountBypasses()
    {
        var cache = TestCache.Create(_clock, serving: false);

        await cache.GetAsync<UserQuery>("1", "alice", _runs, UserOne);
        await cache.GetAsync<UserQuery>("1", "alice", _runs, UserOne);

        Assert.Equal(2, _runs.Value);
        Assert.Equal(new QueryCacheCounters(Hits: 0, Misses: 0, Evictions: 0, Bypasses: 2), cache.CountersOf<UserQuery>());
        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task GetOrAdd_WhenTwoCallersMissTheSameKeyAtOnce_ShouldRunTheHandlerOnce()
    {
        var cache = TestCache.Create(_clock);
        var release = new TaskCompletionSource<string>();
        var key = TestCache.Key<UserQuery>("1");

        var first = cache.GetOrAddAsync(key, () => _runs.Count(release.Task), _ => [UserOne], CancellationToken.None);
        var second = cache.GetOrAddAsync(key, () => _runs.Count(release.Task), _ => [UserOne], CancellationToken.None);
        release.SetResult("alice");

        Assert.Equal(["alice", "alice"], await Task.WhenAll(first, second));
        Assert.Equal(1, _runs.Value);
        Assert.Equal(new QueryCacheCounters(Hits: 1, Misses: 1, Evictions: 0, Bypasses: 0), cache.CountersOf<UserQuery>());
    }

    [Fact]
    public async Task GetOrAdd_WhenTheHandlerFails_ShouldGiveEveryWaiterTheFailureAndStoreNothing()
    {
        var cache = TestCache.Create(_clock);
        var release = new TaskCompletionSource<string>();
        var key = TestCache.Key<UserQuery>("1");
        var first = cache.GetOrAddAsync(key, () => release.Task, _ => [UserOne], CancellationToken.None);
        var second = cache.GetOrAddAsync(key, () => release.Task, _ => [UserOne], CancellationToken.None);

        release.SetException(new InvalidOperationException("database down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.Equal("fresh", await cache.GetAsync<UserQuery>("1", "fresh", _runs, UserOne));
    }

    [Fact]
    public async Task GetOrAdd_WhenTheCallerRunningTheHandlerIsCancelled_ShouldRunItAgainForAWaiter()
    {
        var cache = TestCache.Create(_clock);
        var key = TestCache.Key<UserQuery>("1");
        using var leaderCancellation = new CancellationTokenSource();
        var leaderRelease = new TaskCompletionSource<string>();
        var leader = cache.GetOrAddAsync(key, () => leaderRelease.Task, _ => [UserOne], leaderCancellation.Token);
        var waiter = cache.GetOrAddAsync(key, () => Task.FromResult(_runs.Count("for the waiter")), _ => [UserOne], CancellationToken.None);

        leaderCancellation.Cancel();
        leaderRelease.SetCanceled(leaderCancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        Assert.Equal("for the waiter", await waiter);
        Assert.Equal(1, _runs.Value);
    }

    [Fact]
    public async Task Invalidate_WithARowTag_ShouldEvictEntriesOfThatRowAndOfTheWholeTableOnly()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "one", _runs, UserOne);
        await cache.GetAsync<UserQuery>("2", "two", _runs, UserTwo);
        await cache.GetAsync<UserQuery>("all", "all", _runs, CacheTag.WholeTable("users"));

        cache.Invalidate([UserOne]);

        Assert.Equal("one again", await cache.GetAsync<UserQuery>("1", "one again", _runs, UserOne));
        Assert.Equal("two", await cache.GetAsync<UserQuery>("2", "two again", _runs, UserTwo));
        Assert.Equal("all again", await cache.GetAsync<UserQuery>("all", "all again", _runs, CacheTag.WholeTable("users")));
        Assert.Equal(2, cache.CountersOf<UserQuery>().Evictions);
    }

    [Fact]
    public async Task Invalidate_WithTheWholeTable_ShouldEvictEveryEntryOfThatTableAndNoOther()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "one", _runs, UserOne);
        await cache.GetAsync<UserQuery>("2", "two", _runs, UserTwo);
        await cache.GetAsync<SettingsQuery>("", "settings", _runs, CacheTags.GlobalSettings);

        cache.Invalidate([CacheTag.WholeTable("users")]);

        Assert.Equal(1, cache.Capture().Entries);
        Assert.Equal(2, cache.CountersOf<UserQuery>().Evictions);
        Assert.Equal("settings", await cache.GetAsync<SettingsQuery>("", "changed", _runs, CacheTags.GlobalSettings));
    }

    [Fact]
    public async Task Invalidate_WhileTheHandlerRuns_ShouldNotStoreWhatTheHandlerRead()
    {
        var cache = TestCache.Create(_clock);
        var release = new TaskCompletionSource<string>();
        var loading = cache.GetOrAddAsync(TestCache.Key<UserQuery>("1"), () => release.Task, _ => [UserOne], CancellationToken.None);

        cache.Invalidate([UserOne]);
        _clock.Advance(TestCache.Window * 2);
        release.SetResult("read before the change");

        Assert.Equal("read before the change", await loading);
        Assert.Equal("after the change", await cache.GetAsync<UserQuery>("1", "after the change", _runs, UserOne));
    }

    [Fact]
    public async Task Invalidate_OfAnotherRow_ShouldNotStopTheRunningHandlerFromStoring()
    {
        var cache = TestCache.Create(_clock);
        var release = new TaskCompletionSource<string>();
        var loading = cache.GetOrAddAsync(TestCache.Key<UserQuery>("1"), () => release.Task, _ => [UserOne], CancellationToken.None);

        cache.Invalidate([UserTwo]);
        release.SetResult("one");
        await loading;

        Assert.Equal("one", await cache.GetAsync<UserQuery>("1", "reloaded", _runs, UserOne));
    }

    [Fact]
    public async Task Invalidate_Once_ShouldEvictAndLetTheNextReadBeStored()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "v1", _runs, UserOne);

        cache.Invalidate([UserOne]);
        var reloaded = await cache.GetAsync<UserQuery>("1", "v2", _runs, UserOne);
        var cached = await cache.GetAsync<UserQuery>("1", "v3", _runs, UserOne);

        Assert.Equal(["v2", "v2"], new[] { reloaded, cached });
        Assert.Equal(1, cache.CountersOf<UserQuery>().Evictions);
    }

    [Fact]
    public async Task Invalidate_InABurst_ShouldEvictTwiceThenCoalesceAndStoreNothingUntilTheWindowHasPassedQuietly()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "v1", _runs, UserOne);
        cache.Invalidate([UserOne]);
        var betweenFirstAndSecond = await cache.GetAsync<UserQuery>("1", "v2", _runs, UserOne);
        _clock.Advance(TestCache.Window / 2);

        cache.Invalidate([UserOne]);
        var afterSecond = await cache.GetAsync<UserQuery>("1", "v3", _runs, UserOne);
        _clock.Advance(TestCache.Window / 2);
        cache.Invalidate([UserOne]);
        var afterThird = await cache.GetAsync<UserQuery>("1", "v4", _runs, UserOne);
        _clock.Advance(TestCache.Window);
        var afterBurst = await cache.GetAsync<UserQuery>("1", "v5", _runs, UserOne);
        var cached = await cache.GetAsync<UserQuery>("1", "v6", _runs, UserOne);

        Assert.Equal(["v2", "v3", "v4", "v5", "v5"], new[] { betweenFirstAndSecond, afterSecond, afterThird, afterBurst, cached });
        Assert.Equal(1, cache.Capture().CoalescedNotifications);
        Assert.Equal(2, cache.CountersOf<UserQuery>().Evictions);
    }

    [Fact]
    public async Task Invalidate_InABurstOfOneRow_ShouldKeepWholeTableResultsOutEvenAfterASingleChangeToAnotherRow()
    {
        var cache = TestCache.Create(_clock);
        var users = CacheTag.WholeTable("users");
        cache.Invalidate([UserOne]);
        cache.Invalidate([UserOne]);
        cache.Invalidate([UserTwo]);

        await cache.GetAsync<UserQuery>("all", "v1", _runs, users);
        cache.Invalidate([UserOne]);
        var afterCoalescedChange = await cache.GetAsync<UserQuery>("all", "v2", _runs, users);

        Assert.Equal("v2", afterCoalescedChange);
        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task Invalidate_AfterTheWindowHasPassed_ShouldEvictAtOnceAgain()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "v1", _runs, UserOne);
        cache.Invalidate([UserOne]);
        _clock.Advance(TestCache.Window);
        await cache.GetAsync<UserQuery>("1", "v2", _runs, UserOne);

        cache.Invalidate([UserOne]);

        Assert.Equal("v3", await cache.GetAsync<UserQuery>("1", "v3", _runs, UserOne));
        Assert.Equal(2, cache.CountersOf<UserQuery>().Evictions);
        Assert.Equal(0, cache.Capture().CoalescedNotifications);
    }

    [Fact]
    public async Task Invalidate_OfTheWholeTableWithinTheWindowOfARowChange_ShouldStillEvictEveryRow()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "one", _runs, UserOne);
        await cache.GetAsync<UserQuery>("2", "two", _runs, UserTwo);
        cache.Invalidate([UserOne]);

        cache.Invalidate([CacheTag.WholeTable("users")]);

        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task Suspend_ShouldDropEverythingAndBypassUntilResumed()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "v1", _runs, UserOne);

        cache.Suspend("connection lost");
        var whileSuspended = await cache.GetAsync<UserQuery>("1", "v2", _runs, UserOne);
        cache.Resume("reconnected");
        var afterResume = await cache.GetAsync<UserQuery>("1", "v3", _runs, UserOne);
        var cached = await cache.GetAsync<UserQuery>("1", "v4", _runs, UserOne);

        Assert.Equal(["v2", "v3", "v3"], new[] { whileSuspended, afterResume, cached });
        Assert.Equal(1, cache.CountersOf<UserQuery>().Bypasses);
    }

    [Fact]
    public async Task Resume_WhileAHandlerStartedBeforeTheDisconnectionRuns_ShouldNotStoreItsResult()
    {
        var cache = TestCache.Create(_clock);
        var release = new TaskCompletionSource<string>();
        var loading = cache.GetOrAddAsync(TestCache.Key<UserQuery>("1"), () => release.Task, _ => [UserOne], CancellationToken.None);

        cache.Suspend("connection lost");
        cache.Resume("reconnected");
        release.SetResult("read before the disconnection");
        await loading;

        Assert.Equal("fresh", await cache.GetAsync<UserQuery>("1", "fresh", _runs, UserOne));
    }

    [Fact]
    public async Task Flush_ShouldDropEveryEntryAndCountTheFlush()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetAsync<UserQuery>("1", "v1", _runs, UserOne);
        var flushesBefore = cache.Capture().Flushes;

        cache.Flush("test");

        Assert.Equal(0, cache.Capture().Entries);
        Assert.Equal(flushesBefore + 1, cache.Capture().Flushes);
        Assert.Equal(0, cache.CountersOf<UserQuery>().Evictions);
    }

    [Fact]
    public async Task GetOrAdd_WhenTheCacheIsFull_ShouldServeFromTheHandlerWithoutStoring()
    {
        var cache = TestCache.Create(_clock, maxEntries: 1);
        await cache.GetAsync<UserQuery>("1", "one", _runs, UserOne);

        await cache.GetAsync<UserQuery>("2", "two", _runs, UserTwo);
        await cache.GetAsync<UserQuery>("2", "two", _runs, UserTwo);

        Assert.Equal(1, cache.Capture().Entries);
        Assert.Equal(3, _runs.Value);
    }

    [Fact]
    public async Task GetOrAdd_WithTagsTakenFromTheResult_ShouldBeEvictedByThoseTags()
    {
        var cache = TestCache.Create(_clock);
        await cache.GetOrAddAsync(
            TestCache.Key<UserQuery>("hash"), () => Task.FromResult(42), id => [CacheTags.ApiKey(id)], CancellationToken.None);

        cache.Invalidate([CacheTags.ApiKey(42)]);

        Assert.Equal(0, cache.Capture().Entries);
    }

    [Fact]
    public async Task Capture_WhenTwoQueryTypesShareAName_ShouldCountThemApartUnderTheirFullNames()
    {
        var cache = TestCache.Create(_clock);

        await cache.GetAsync<UserQuery>("1", "here", _runs, UserOne);
        await cache.GetAsync<Elsewhere.UserQuery>("1", "there", _runs, UserOne);

        Assert.Equal(
            [typeof(Elsewhere.UserQuery).FullName!, typeof(UserQuery).FullName!],
            cache.Capture().Queries.Keys.Order(StringComparer.Ordinal));
    }
}
