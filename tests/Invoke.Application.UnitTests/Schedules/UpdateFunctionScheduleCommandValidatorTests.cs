using Invoke.Application.Schedules;
using Invoke.Application.Schedules.Commands.UpdateFunctionSchedule;
using Invoke.Application.UnitTests.TestDoubles;
using NSubstitute;

namespace Invoke.Application.UnitTests.Schedules;

public sealed class UpdateFunctionScheduleCommandValidatorTests
{
    private readonly ICronSchedule _cron = Substitute.For<ICronSchedule>();

    [Fact]
    public void Validate_WhenTheScheduleRejectsTheExpression_ShouldReportTheOriginalsMessage()
    {
        _cron.IsValid("every tuesday").Returns(false);

        var errors = WireErrors.Of(new UpdateFunctionScheduleCommandValidator(_cron), Command(true, " every tuesday "));

        Assert.Equal([ScheduleMessages.InvalidCron], errors["schedule_cron"]);
    }

    [Fact]
    public void Validate_WhenDisabledWithAnInvalidExpression_ShouldStillRefuseIt()
    {
        _cron.IsValid(Arg.Any<string>()).Returns(false);

        var result = new UpdateFunctionScheduleCommandValidator(_cron).Validate(Command(false, "nonsense"));

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Validate_WhenEnabledWithABlankExpression_ShouldReportTheMissingExpression()
    {
        var errors = WireErrors.Of(new UpdateFunctionScheduleCommandValidator(_cron), Command(true, "  "));

        Assert.Equal(["Cron expression is required when scheduling is enabled"], errors["schedule_cron"]);
        _cron.DidNotReceive().IsValid(Arg.Any<string>());
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, null)]
    [InlineData(null, null)]
    public void Validate_WhenTheExpressionIsClearedOrKept_ShouldAcceptWithoutParsing(bool? enabled, string? cron)
    {
        var result = new UpdateFunctionScheduleCommandValidator(_cron).Validate(Command(enabled, cron));

        Assert.True(result.IsValid);
        _cron.DidNotReceive().IsValid(Arg.Any<string>());
    }

    [Fact]
    public void Validate_WhenTheExpressionIsLongerThanTheColumn_ShouldRefuseWithoutParsing()
    {
        var errors = WireErrors.Of(new UpdateFunctionScheduleCommandValidator(_cron), Command(true, new string('*', 101)));

        Assert.Equal(["schedule_cron"], errors.Keys);
        _cron.DidNotReceive().IsValid(Arg.Any<string>());
    }

    private static UpdateFunctionScheduleCommand Command(bool? enabled, string? cron) => new(Guid.NewGuid(), enabled, cron);
}
