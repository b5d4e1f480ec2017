using Invoke.Application.Common.Caching;
using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Notifications;
using Invoke.Infrastructure.Scheduling;
using Invoke.Infrastructure.UnitTests.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Infrastructure.UnitTests.Notifications;

public sealed class NotificationFanOutTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly Counter _runs = new();

    [Fact]
    public async Task Received_OnTheScheduleChannel_ShouldWakeTheSchedulerAndLeaveTheCacheAlone()
    {
        var cache = TestCache.Create(_clock);
        var signal = new ScheduleChangeSignal();
        var fanOut = new NotificationFanOut(new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance), [signal]);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        fanOut.Received(NotificationChannels.Schedule, """{"id": "0b5e7c1e-0000-0000-0000-000000000000"}""");

        Assert.True(signal.Changed.IsCompleted);
        Assert.Equal(1, cache.Capture().Entries);
    }

    [Fact]
    public async Task Received_OnTheScheduleChannelWithoutTheSchedulerRole_ShouldBeDropped()
    {
        var cache = TestCache.Create(_clock);
        var fanOut = new NotificationFanOut(new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance), []);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        fanOut.Received(NotificationChannels.Schedule, """{"id": "0b5e7c1e-0000-0000-0000-000000000000"}""");

        Assert.Equal(1, cache.Capture().Entries);
    }

    [Fact]
    public async Task Received_OnACacheChannel_ShouldReachTheCacheOnly()
    {
        var cache = TestCache.Create(_clock);
        var signal = new ScheduleChangeSignal();
        var fanOut = new NotificationFanOut(new CacheInvalidator(cache, NullLogger<CacheInvalidator>.Instance), [signal]);
        await cache.GetAsync<UserQuery>("1", "one", _runs, CacheTags.User(1));

        fanOut.Received(NotificationChannels.InvokeCache, """{"table": "users", "action": "UPDATE", "id": 1}""");

        Assert.Equal(0, cache.Capture().Entries);
        Assert.False(signal.Changed.IsCompleted);
    }

    [Fact]
    public void Listening_AfterAReconnect_ShouldWakeTheScheduler()
    {
        var signal = new ScheduleChangeSignal();
        var fanOut = new NotificationFanOut(new CacheInvalidator(TestCache.Create(_clock), NullLogger<CacheInvalidator>.Instance), [signal]);

        fanOut.Listening();

        Assert.True(signal.Changed.IsCompleted);
    }

    [Fact]
    public void Reset_AfterAWakeUp_ShouldWaitForTheNextChange()
    {
        var signal = new ScheduleChangeSignal();
        signal.Received("{}");

        signal.Reset();
        var waiting = signal.Changed;
        signal.Received("{}");

        Assert.True(waiting.IsCompleted);
        signal.Reset();
        Assert.False(signal.Changed.IsCompleted);
    }
}
