using Invoke.Domain.Common;

namespace Invoke.Domain.Settings;

public sealed class GlobalSetting
{
    public const int KeyMaxLength = 100;

    private GlobalSetting()
    {
    }

    public int Id { get; private set; }

    public string SettingKey { get; private set; } = null!;

    public string SettingValue { get; private set; } = null!;

    public string? Description { get; private set; }

    /// <remarks>No trigger maintains this column (unlike the other tables), so the entity does.</remarks>
    public DateTime? UpdatedAt { get; private set; }

    public static GlobalSetting Create(string key, string value, string? description) =>
        new()
        {
            SettingKey = Ensure.Required(key, "setting_key", KeyMaxLength),
            SettingValue = value ?? throw new InvalidValueException("setting_value", "setting_value is required"),
            Description = description,
        };

    public void ChangeValue(string value, DateTime at)
    {
        SettingValue = value ?? throw new InvalidValueException("setting_value", "setting_value is required");
        UpdatedAt = Ensure.Utc(at, "updated_at");
    }
}
