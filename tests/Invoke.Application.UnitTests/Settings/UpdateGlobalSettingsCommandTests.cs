using Invoke.Application.Settings.Commands.UpdateGlobalSettings;
using Invoke.Application.UnitTests.TestDoubles;

namespace Invoke.Application.UnitTests.Settings;

public sealed class UpdateGlobalSettingsCommandTests
{
    [Fact]
    public void Changes_ShouldMapTheUiFieldsToTheStoredKeysAndStrings()
    {
        var command = new UpdateGlobalSettingsCommand("count", 500, false, " https://fn.example.test ", 2048, "");

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
            },
            changes);
    }

    [Fact]
    public void Changes_ShouldLeaveOutWhatWasNotGiven()
    {
        var changes = new UpdateGlobalSettingsCommand(null, null, true, null, null, null).Changes();

        Assert.Equal(["log_retention_enabled"], changes.Keys);
    }

    [Fact]
    public void Validate_WhenNothingIsGiven_ShouldReportTheOriginalsMessage()
    {
        var errors = WireErrors.Of(new UpdateGlobalSettingsCommandValidator(), new UpdateGlobalSettingsCommand(null, null, null, null, null, null));

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
        var result = new UpdateGlobalSettingsCommandValidator().Validate(new UpdateGlobalSettingsCommand(null, null, null, url, null, null));

        Assert.Equal(valid, result.IsValid);
    }
}
