using Invoke.Domain.Common;
using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionTests
{
    [Fact]
    public void Create_ShouldStartInactiveWithoutVersionsAndWithDefaults()
    {
        var projectId = Guid.NewGuid();

        var function = Function.Create(projectId, " hello ", "greets", deployedBy: 3);

        Assert.Equal(("hello", (Guid?)projectId, (int?)3), (function.Name, function.ProjectId, function.DeployedBy));
        Assert.Equal(((bool?)false, (bool?)false, (int?)0, (Guid?)null), (function.IsActive, function.RequiresApiKey, function.ExecutionCount, function.ActiveVersionId));
        Assert.Empty(function.Versions);
    }

    [Fact]
    public void Create_WhenNameIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => Function.Create(Guid.NewGuid(), new string('f', Function.NameMaxLength + 1), null, deployedBy: null));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameIsBlank_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => Function.Create(Guid.NewGuid(), " ", null, deployedBy: null));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void RequireApiKey_ThenStopRequiring_ShouldKeepTheKey()
    {
        var function = NewFunction();

        function.RequireApiKey("secret-key");
        function.StopRequiringApiKey();

        Assert.Equal(((bool?)false, "secret-key"), (function.RequiresApiKey, function.ApiKey));
    }

    [Fact]
    public void RequireApiKey_WhenKeyIsTooLong_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.RequireApiKey(new string('k', Function.ApiKeyMaxLength + 1)));

        Assert.Equal("api_key", refusal.Field);
        Assert.False(function.RequiresApiKey);
    }

    [Theory]
    [InlineData(RetentionType.Time, 7)]
    [InlineData(RetentionType.Count, 1000)]
    [InlineData(RetentionType.None, null)]
    public void ConfigureRetention_WhenTypeAndValueFit_ShouldStoreThem(string type, int? value)
    {
        var function = NewFunction();

        function.ConfigureRetention(enabled: true, type, value);

        Assert.Equal(((bool?)true, type, value), (function.RetentionEnabled, function.RetentionType, function.RetentionValue));
    }

    [Fact]
    public void ConfigureRetention_WhenTypeIsUnknown_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureRetention(enabled: true, "forever", 1));

        Assert.Equal("retention_type", refusal.Field);
    }

    [Theory]
    [InlineData(RetentionType.Time, 0)]
    [InlineData(RetentionType.Count, -5)]
    [InlineData(RetentionType.None, 0)]
    public void ConfigureRetention_WhenValueIsNotPositive_ShouldRefuse(string type, int value)
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureRetention(enabled: true, type, value));

        Assert.Equal("retention_value", refusal.Field);
    }

    [Theory]
    [InlineData(RetentionType.Time)]
    [InlineData(RetentionType.Count)]
    public void ConfigureRetention_WhenTimeOrCountHasNoValue_ShouldRefuse(string type)
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureRetention(enabled: false, type, null));

        Assert.Equal("retention_value", refusal.Field);
    }

    [Fact]
    public void ConfigureRetention_WhenEnabledWithoutType_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureRetention(enabled: true, null, null));

        Assert.Equal("retention_type", refusal.Field);
    }

    [Fact]
    public void ConfigureRetention_WhenDisabledWithoutType_ShouldFallBackToGlobalSettings()
    {
        var function = NewFunction();
        function.ConfigureRetention(enabled: true, RetentionType.Time, 3);

        function.ConfigureRetention(enabled: false, null, null);

        Assert.Equal(((bool?)false, (string?)null, (int?)null), (function.RetentionEnabled, function.RetentionType, function.RetentionValue));
    }

    [Fact]
    public void ConfigureSchedule_WhenEnabledWithExpression_ShouldStoreExpressionAndNextRun()
    {
        var function = NewFunction();
        var next = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

        function.ConfigureSchedule(enabled: true, " */5 * * * * ", next);

        Assert.Equal(((bool?)true, "*/5 * * * *", (DateTime?)next), (function.ScheduleEnabled, function.ScheduleCron, function.NextExecution));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ConfigureSchedule_WhenEnabledWithoutExpression_ShouldRefuse(string? cron)
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureSchedule(enabled: true, cron, null));

        Assert.Equal("schedule_cron", refusal.Field);
        Assert.False(function.ScheduleEnabled);
    }

    [Fact]
    public void ConfigureSchedule_WhenEnabledWithoutNewExpression_ShouldKeepTheStoredOne()
    {
        var function = NewFunction();
        function.ConfigureSchedule(enabled: false, "0 * * * *", null);

        function.ConfigureSchedule(enabled: true, null, null);

        Assert.Equal(((bool?)true, "0 * * * *"), (function.ScheduleEnabled, function.ScheduleCron));
    }

    [Fact]
    public void ConfigureSchedule_WhenDisabled_ShouldKeepExpressionAndClearNextRun()
    {
        var function = NewFunction();
        function.ConfigureSchedule(enabled: true, "0 * * * *", DateTime.UtcNow);

        function.ConfigureSchedule(enabled: false, null, DateTime.UtcNow);

        Assert.Equal(((bool?)false, "0 * * * *", (DateTime?)null), (function.ScheduleEnabled, function.ScheduleCron, function.NextExecution));
    }

    [Fact]
    public void ConfigureSchedule_WhenDisabledWithBlankExpression_ShouldClearIt()
    {
        var function = NewFunction();
        function.ConfigureSchedule(enabled: true, "0 * * * *", null);

        function.ConfigureSchedule(enabled: false, " ", null);

        Assert.Null(function.ScheduleCron);
    }

    [Fact]
    public void ConfigureSchedule_WhenExpressionIsTooLong_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(
            () => function.ConfigureSchedule(enabled: true, new string('*', Function.ScheduleCronMaxLength + 1), null));

        Assert.Equal("schedule_cron", refusal.Field);
    }

    [Fact]
    public void ConfigureSchedule_WhenNextRunIsNotUtc_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.ConfigureSchedule(enabled: true, "0 * * * *", DateTime.Now));

        Assert.Equal("next_execution", refusal.Field);
    }

    private static Function NewFunction() => Function.Create(Guid.NewGuid(), "fn", null, deployedBy: null);
}
