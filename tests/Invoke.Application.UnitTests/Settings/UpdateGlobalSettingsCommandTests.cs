using Invoke.Application.Settings.Commands.UpdateGlobalSettings;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Settings;

public sealed class UpdateGlobalSettingsCommandTests
{
    [Fact]
    public void Changes_ShouldMapTheUiFieldsToTheStoredKeysAndStrings()
    {
        var command = new UpdateGlobalSettingsCommand("count", 500, false, " https://fn.example.test ", 2048, "", 45, 90, 512, 2048);

        var changes = command.Changes();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["log_retention_type"] = "count",
                ["log_retention_value"] = "500",
                ["log_retention_enabled"] = "false",
                ["function_base_url"] = "https://fn.example.test",
                ["kv_storage_limit_bytes"] = "2048",
                ["api_gateway_domain"] = "",
                ["execution_default_timeout_seconds"] = "45",
                ["execution_max_timeout_seconds"] = "90",
                ["execution_default_memory_mb"] = "512",
                ["execution_max_memory_mb"] = "2048",
            },
            changes);
    }

    [Fact]
    public void Changes_ShouldLeaveOutWhatWasNotGiven()
    {
        var changes = new UpdateGlobalSettingsCommand(null, null, true, null, null, null, null, null, null, null).Changes();

        Assert.Equal(["log_retention_enabled"], changes.Keys);
    }

    [Fact]
    public void Validate_WhenNothingIsGiven_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(new UpdateGlobalSettingsCommandValidator(), new UpdateGlobalSettingsCommand(null, null, null, null, null, null, null, null, null, null));

        Assert.Equal(["No settings provided to update"], errors["body"]);
    }

    [Theory]
    [InlineData("http://localhost:3001/invoke", true)]
    [InlineData("https://functions.example.test", true)]
    [InlineData("ftp://functions.example.test", false)]
    [InlineData("/relative/path", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Validate_ShouldAcceptOnlyAbsoluteHttpFunctionUrls(string url, bool valid)
    {
        var result = new UpdateGlobalSettingsCommandValidator().Validate(new UpdateGlobalSettingsCommand(null, null, null, url, null, null, null, null, null, null));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData(0, null, null, null, "execution_default_timeout_seconds")]
    [InlineData(null, -1, null, null, "execution_max_timeout_seconds")]
    [InlineData(null, null, 0, null, "execution_default_memory_mb")]
    [InlineData(null, null, null, -256, "execution_max_memory_mb")]
    public void Validate_WhenAnExecutionLimitIsNotPositive_ShouldReportIt(
        int? defaultTimeout, int? maxTimeout, int? defaultMemory, int? maxMemory, string field)
    {
        var command = new UpdateGlobalSettingsCommand(null, null, null, null, null, null, defaultTimeout, maxTimeout, defaultMemory, maxMemory);

        var errors = WireErrors.Of(new UpdateGlobalSettingsCommandValidator(), command);

        Assert.Equal([$"{field} must be a positive integer"], errors[field]);
    }
}
