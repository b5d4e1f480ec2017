using Invoke.Application.Common.Behaviours;
using Invoke.Application.UnitTests.TestDoubles;
using Microsoft.Extensions.Logging;

namespace Invoke.Application.UnitTests.Common.Behaviours;

public sealed class PerformanceBehaviourTests
{
    public sealed record SlowQuery;

    [Fact]
    public async Task Handle_WhenTheRequestTakesLongerThanTheThreshold_ShouldLogAWarningNamingIt()
    {
        var logger = new RecordingLogger<PerformanceBehaviour<SlowQuery, int>>();
        var clock = new SteppingTimeProvider(PerformanceBehaviour<SlowQuery, int>.Threshold + TimeSpan.FromMilliseconds(1));
        var behaviour = new PerformanceBehaviour<SlowQuery, int>(logger, clock);

        var response = await behaviour.Handle(new SlowQuery(), CancellationToken.None, () => Task.FromResult(42));

        Assert.Equal(42, response);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("Slow request SlowQuery took 501 ms", entry.Message);
    }

    [Fact]
    public async Task Handle_WhenTheRequestIsFast_ShouldLogNothing()
    {
        var logger = new RecordingLogger<PerformanceBehaviour<SlowQuery, int>>();
        var clock = new SteppingTimeProvider(TimeSpan.FromMilliseconds(10));
        var behaviour = new PerformanceBehaviour<SlowQuery, int>(logger, clock);

        await behaviour.Handle(new SlowQuery(), CancellationToken.None, () => Task.FromResult(42));

        Assert.Empty(logger.Entries);
    }
}
