using Invoke.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.IntegrationTests.Scheduling;

public sealed class CronosScheduleTests
{
    private static readonly DateTime Noon = new(2026, 3, 27, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("*/5 * * * *", "2026-03-27T12:05:00Z")]
    [InlineData("0 0 * * *", "2026-03-28T00:00:00Z")]
    [InlineData("30 15 10 * * *", "2026-03-28T10:15:30Z")]
    [InlineData("@hourly", "2026-03-27T13:00:00Z")]
    [InlineData("0 12 * * MON-FRI", "2026-03-30T12:00:00Z")]
    [InlineData("  0   13 * * *  ", "2026-03-27T13:00:00Z")]
    public void NextOccurrence_InUtc_ShouldBeTheFirstRunStrictlyAfterTheGivenTime(string expression, string expected)
    {
        var next = Schedule("UTC").NextOccurrence(expression, Noon);

        Assert.Equal(DateTime.Parse(expected).ToUniversalTime(), next);
        Assert.Equal(DateTimeKind.Utc, next!.Value.Kind);
    }

    [Fact]
    public void NextOccurrence_InAZoneWithDaylightSavingTime_ShouldFollowTheLocalClock()
    {
        var paris = Schedule("Europe/Paris");

        var beforeSwitch = paris.NextOccurrence("0 9 * * *", Noon);
        var afterSwitch = paris.NextOccurrence("0 9 * * *", Noon.AddDays(1));

        Assert.Equal(new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc), beforeSwitch);
        Assert.Equal(new DateTime(2026, 3, 29, 7, 0, 0, DateTimeKind.Utc), afterSwitch);
    }

    [Theory]
    [InlineData("not a cron")]
    [InlineData("")]
    [InlineData("60 * * * *")]
    [InlineData("* * * *")]
    [InlineData("* * * * * * *")]
    public void NextOccurrence_WhenTheExpressionDoesNotParse_ShouldBeNull(string expression)
    {
        Assert.Null(Schedule("UTC").NextOccurrence(expression, Noon));
    }

    [Theory]
    [InlineData("0 0 30 2 *", false)]
    [InlineData("0 0 29 2 *", true)]
    [InlineData("nonsense", false)]
    [InlineData("* * * * *", true)]
    public void IsValid_ShouldRequireAnExpressionThatFiresAgain(string expression, bool valid)
    {
        Assert.Equal(valid, Schedule("UTC").IsValid(expression));
    }

    private static CronosSchedule Schedule(string zone) =>
        new(Options.Create(new SchedulingOptions { TimeZone = zone }), new FixedTimeProvider(Noon));
}
