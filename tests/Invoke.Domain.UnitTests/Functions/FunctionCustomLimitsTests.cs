using Invoke.Domain.Common;
using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionCustomLimitsTests
{
    [Fact]
    public void Create_ShouldHaveNoCustomLimits()
    {
        var function = NewFunction();

        Assert.Equal(
            (false, (int?)null, false, (int?)null),
            (function.CustomTimeoutEnabled, function.CustomTimeoutSeconds, function.CustomMemoryEnabled, function.CustomMemoryMb));
    }

    [Fact]
    public void SetCustomLimits_WhenValuesArePositive_ShouldStoreThem()
    {
        var function = NewFunction();

        function.SetCustomLimits(timeoutEnabled: true, 45, memoryEnabled: true, 512);

        Assert.Equal(
            (true, (int?)45, true, (int?)512),
            (function.CustomTimeoutEnabled, function.CustomTimeoutSeconds, function.CustomMemoryEnabled, function.CustomMemoryMb));
    }

    [Fact]
    public void SetCustomLimits_WhenDisabled_ShouldKeepTheValuesForLater()
    {
        var function = NewFunction();
        function.SetCustomLimits(timeoutEnabled: true, 45, memoryEnabled: true, 512);

        function.SetCustomLimits(timeoutEnabled: false, 45, memoryEnabled: false, 512);

        Assert.Equal(
            (false, (int?)45, false, (int?)512),
            (function.CustomTimeoutEnabled, function.CustomTimeoutSeconds, function.CustomMemoryEnabled, function.CustomMemoryMb));
    }

    [Theory]
    [InlineData(0, 256, "custom_timeout_seconds")]
    [InlineData(-1, 256, "custom_timeout_seconds")]
    [InlineData(30, 0, "custom_memory_mb")]
    [InlineData(30, -256, "custom_memory_mb")]
    public void SetCustomLimits_WhenAValueIsNotPositive_ShouldRefuseNamingItAndChangeNothing(int seconds, int megabytes, string field)
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(
            () => function.SetCustomLimits(timeoutEnabled: false, seconds, memoryEnabled: false, megabytes));

        Assert.Equal(field, refusal.Field);
        Assert.Equal(((int?)null, (int?)null), (function.CustomTimeoutSeconds, function.CustomMemoryMb));
    }

    [Theory]
    [InlineData(true, false, "custom_timeout_seconds")]
    [InlineData(false, true, "custom_memory_mb")]
    public void SetCustomLimits_WhenAnEnabledLimitHasNoValue_ShouldRefuseNamingIt(bool timeoutEnabled, bool memoryEnabled, string field)
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(
            () => function.SetCustomLimits(timeoutEnabled, null, memoryEnabled, null));

        Assert.Equal(field, refusal.Field);
        Assert.False(function.CustomTimeoutEnabled || function.CustomMemoryEnabled);
    }

    private static Function NewFunction() => Function.Create(Guid.NewGuid(), "limited", null, deployedBy: null);
}
