using Invoke.Domain.Common;
using Invoke.Domain.Settings;

namespace Invoke.Domain.UnitTests.Settings;

public sealed class GlobalSettingTests
{
    [Fact]
    public void Create_WhenKeyIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => GlobalSetting.Create(new string('k', GlobalSetting.KeyMaxLength + 1), "value", null));

        Assert.Equal("setting_key", refusal.Field);
    }

    [Fact]
    public void Create_WhenValueIsEmpty_ShouldAccept()
    {
        var setting = GlobalSetting.Create("api_gateway_domain", string.Empty, "domain");

        Assert.Equal(("api_gateway_domain", string.Empty), (setting.SettingKey, setting.SettingValue));
    }

    [Fact]
    public void ChangeValue_ShouldStoreValueAndTime()
    {
        var setting = GlobalSetting.Create("log_retention_value", "7", null);
        var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

        setting.ChangeValue("30", at);

        Assert.Equal(("30", (DateTime?)at), (setting.SettingValue, setting.UpdatedAt));
    }

    [Fact]
    public void ChangeValue_WhenTimeIsNotUtc_ShouldRefuse()
    {
        var setting = GlobalSetting.Create("log_retention_value", "7", null);

        var refusal = Assert.Throws<InvalidValueException>(() => setting.ChangeValue("30", DateTime.Now));

        Assert.Equal("updated_at", refusal.Field);
    }
}
