using Invoke.Application.Dashboard.Queries.GetScopeStats;

namespace Invoke.Application.UnitTests.Dashboard;

public sealed class DashboardStatsDtoTests
{
    [Theory]
    [InlineData(0, 0, "100.0")]
    [InlineData(0, 3, "0.0")]
    [InlineData(3, 3, "100.0")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 3, "33.3")]
    [InlineData(7, 8, "87.5")]
    [InlineData(1, 16, "6.3")]
    [InlineData(999, 1000, "99.9")]
    [InlineData(9999, 10000, "100.0")]
    public void FormatSuccessRate_ShouldRoundHalfAwayFromZeroToOneDecimal(int successes, int executions, string expected)
    {
        var rate = DashboardStatsDto.FormatSuccessRate(successes, executions);

        Assert.Equal(expected, rate);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(30.2, 30)]
    [InlineData(30.5, 31)]
    [InlineData(64.49, 64)]
    public void RoundAverage_ShouldRoundLikeACastToInt(double? average, int expected)
    {
        var rounded = DashboardStatsDto.RoundAverage(average);

        Assert.Equal(expected, rounded);
    }
}
