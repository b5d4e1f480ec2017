namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <summary>The global retention settings in <c>global_settings</c>, all stored as text.</summary>
public static class RetentionSettingKeys
{
    /// <summary>The master switch: cleanup runs only when it is <see cref="EnabledValue"/>.</summary>
    public const string Enabled = "log_retention_enabled";

    /// <summary><c>time</c>, <c>count</c> or <c>none</c>: the policy of functions without their own.</summary>
    public const string Type = "log_retention_type";

    /// <summary>Days (<c>time</c>) or logs kept (<c>count</c>) of that policy.</summary>
    public const string Value = "log_retention_value";

    public const string EnabledValue = "true";
}
