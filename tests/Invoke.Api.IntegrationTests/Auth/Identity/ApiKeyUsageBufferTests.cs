using Invoke.Infrastructure.Identity;

namespace Invoke.Api.IntegrationTests.Auth.Identity;

public sealed class ApiKeyUsageBufferTests
{
    private readonly MovableClock _clock = new(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Drain_ShouldSumUsesPerKeyWithTheLastTimeAndStartAgain()
    {
        var buffer = new ApiKeyUsageBuffer(_clock);
        buffer.RecordUse(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        buffer.RecordUse(1);
        buffer.RecordUse(2);

        var drained = buffer.Drain().OrderBy(u => u.ApiKeyId).ToList();

        Assert.Equal(
            [new ApiKeyUsage(1, 2, _clock.Now), new ApiKeyUsage(2, 1, _clock.Now)],
            drained);
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Restore_ShouldAddUnwrittenUsesToNewerOnesAndKeepTheNewerTime()
    {
        var buffer = new ApiKeyUsageBuffer(_clock);
        buffer.RecordUse(7);
        var unwritten = buffer.Drain();
        _clock.Advance(TimeSpan.FromSeconds(5));
        buffer.RecordUse(7);

        buffer.Restore(unwritten);

        Assert.Equal([new ApiKeyUsage(7, 2, _clock.Now)], buffer.Drain());
    }

    [Fact]
    public async Task RecordUse_WhenManyThreadsRecordAndDrainAtOnce_ShouldLoseNoUse()
    {
        var buffer = new ApiKeyUsageBuffer(_clock);
        var total = 0;

        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                buffer.RecordUse(i % 3);
            }
        }));
        var drainer = Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                Interlocked.Add(ref total, buffer.Drain().Sum(u => u.Count));
                await Task.Yield();
            }
        });
        await Task.WhenAll([.. writers, drainer]);
        total += buffer.Drain().Sum(u => u.Count);

        Assert.Equal(40_000, total);
    }

    private sealed class MovableClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; private set; } = start;

        public void Advance(TimeSpan by) => Now += by;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
