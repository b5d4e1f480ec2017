using Invoke.Application.Scheduler;

namespace Invoke.Application.UnitTests.Scheduler;

public sealed class SchedulerOptionsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 4)]
    [InlineData(9, 60)]
    [InlineData(1_000, 60)]
    public void BackOffAfter_WithTheDefaults_ShouldWaitFromTheThirdFailureDoublingUpToAnHour(int failures, int minutes)
    {
        var options = new SchedulerOptions();

        Assert.Equal(TimeSpan.FromMinutes(minutes), options.BackOffAfter(failures));
    }
}
