using Invoke.Application.Settings;
using Invoke.Domain.Functions;

namespace Invoke.Application.UnitTests.Settings;

public sealed class ExecutionLimitSettingsTests
{
    [Fact]
    public void ToPolicy_ShouldReadTheFourSettings()
    {
        var policy = ExecutionLimitSettings.ToPolicy(new Dictionary<string, string>
        {
            ["execution_default_timeout_seconds"] = "20",
            ["execution_max_timeout_seconds"] = "120",
            ["execution_default_memory_mb"] = "128",
            ["execution_max_memory_mb"] = "2048",
        });

        Assert.Equal(new ExecutionLimitPolicy(20, 120, 128, 2048), policy);
    }

    [Fact]
    public void ToPolicy_WhenTheRowsAreMissing_ShouldUseTheSeededValues()
    {
        var policy = ExecutionLimitSettings.ToPolicy(new Dictionary<string, string>());

        Assert.Equal(ExecutionLimitPolicy.Seeded, policy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("30s")]
    [InlineData(" 30")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void ToPolicy_WhenAValueIsNotAPositiveInteger_ShouldUseItsSeededValueOnly(string value)
    {
        var policy = ExecutionLimitSettings.ToPolicy(new Dictionary<string, string>
        {
            ["execution_default_timeout_seconds"] = value,
            ["execution_max_timeout_seconds"] = "120",
        });

        Assert.Equal((ExecutionLimitPolicy.Seeded.DefaultTimeoutSeconds, 120), (policy.DefaultTimeoutSeconds, policy.MaxTimeoutSeconds));
    }
}
