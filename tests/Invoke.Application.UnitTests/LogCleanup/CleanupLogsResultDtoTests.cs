using Invoke.Application.LogCleanup.Commands.CleanupLogs;

namespace Invoke.Application.UnitTests.LogCleanup;

public sealed class CleanupLogsResultDtoTests
{
    [Fact]
    public void Message_WhenCleanupRan_ShouldCountLogsAndFunctionsLikeTheOriginal()
    {
        var result = new CleanupLogsResultDto(Deleted: 3, Functions: 2);

        Assert.Equal("Cleanup completed: 3 logs deleted from 2 functions", result.Message);
    }

    [Fact]
    public void Message_WhenDisabledGlobally_ShouldSaySo()
    {
        var result = new CleanupLogsResultDto(0, 0, DisabledGlobally: true);

        Assert.Equal("Log retention cleanup is disabled globally", result.Message);
    }
}
