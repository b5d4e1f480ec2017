using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Notifications;
using Invoke.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Invoke.Infrastructure.UnitTests.Caching;

public sealed class ReadYourWritesBehaviourTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private readonly WriteTracker _writes = new();
    private readonly INotificationSync _sync = Substitute.For<INotificationSync>();

    public ReadYourWritesBehaviourTests() =>
        _sync.SyncAsync(default, default).ReturnsForAnyArgs(true);

    [Fact]
    public async Task Handle_WhenTheRequestWrote_ShouldReturnOnlyOnceTheSyncCompletes()
    {
        var synced = new TaskCompletionSource<bool>();
        _sync.SyncAsync(default, default).ReturnsForAnyArgs(synced.Task);

        var handling = Behaviour().Handle(new UncachedUserNameQuery(1), CancellationToken.None, Writing("saved"));
        var beforeSync = handling.IsCompleted;
        synced.SetResult(true);

        Assert.False(beforeSync);
        Assert.Equal("saved", await handling);
        await _sync.Received(1).SyncAsync(Timeout, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_WhenTheRequestWroteNothing_ShouldNotSync()
    {
        var result = await Behaviour().Handle(new UncachedUserNameQuery(1), CancellationToken.None, () => Task.FromResult("read"));

        Assert.Equal("read", result);
        await _sync.DidNotReceiveWithAnyArgs().SyncAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenTheCacheIsNotServing_ShouldNotSync()
    {
        await Behaviour(serving: false).Handle(new UncachedUserNameQuery(1), CancellationToken.None, Writing("saved"));

        await _sync.DidNotReceiveWithAnyArgs().SyncAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenTheSyncTimeoutIsZero_ShouldNotSync()
    {
        await Behaviour(timeout: TimeSpan.Zero).Handle(new UncachedUserNameQuery(1), CancellationToken.None, Writing("saved"));

        await _sync.DidNotReceiveWithAnyArgs().SyncAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenTheSyncTimesOut_ShouldStillReturnTheResponse()
    {
        _sync.SyncAsync(default, default).ReturnsForAnyArgs(false);

        var result = await Behaviour().Handle(new UncachedUserNameQuery(1), CancellationToken.None, Writing("saved"));

        Assert.Equal("saved", result);
    }

    [Fact]
    public async Task Handle_WhenTheHandlerFailsAfterWriting_ShouldSyncAndRethrow()
    {
        RequestHandlerDelegate<string> failing = () =>
        {
            _writes.Record();
            throw new InvalidOperationException("after the commit");
        };

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour().Handle(new UncachedUserNameQuery(1), CancellationToken.None, failing));

        await _sync.ReceivedWithAnyArgs(1).SyncAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenOnlyARequestSentFromInsideWrote_ShouldSyncOnce()
    {
        var behaviour = Behaviour();

        await behaviour.Handle(
            new UncachedUserNameQuery(1),
            CancellationToken.None,
            () => behaviour.Handle(new UncachedUserNameQuery(2), CancellationToken.None, Writing("inner")));

        await _sync.ReceivedWithAnyArgs(1).SyncAsync(default, default);
    }

    [Fact]
    public async Task Handle_WhenTheOuterRequestWritesAfterAnInnerOneSynced_ShouldSyncAgain()
    {
        var behaviour = Behaviour();

        await behaviour.Handle(new UncachedUserNameQuery(1), CancellationToken.None, async () =>
        {
            await behaviour.Handle(new UncachedUserNameQuery(2), CancellationToken.None, Writing("inner"));
            _writes.Record();
            return "outer";
        });

        await _sync.ReceivedWithAnyArgs(2).SyncAsync(default, default);
    }

    private ReadYourWritesBehaviour<UncachedUserNameQuery, string> Behaviour(bool serving = true, TimeSpan? timeout = null) =>
        new(
            _writes,
            TestCache.Create(new FakeTimeProvider(), serving),
            _sync,
            Options.Create(new CacheOptions { SyncTimeout = timeout ?? Timeout }));

    private RequestHandlerDelegate<string> Writing(string result) => () =>
    {
        _writes.Record();
        return Task.FromResult(result);
    };
}
