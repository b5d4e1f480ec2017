namespace Invoke.Application.Settings;

/// <summary>The <c>global_settings</c> keys the admin API reads and writes (seeded by the original's migrations).</summary>
public static class GlobalSettingKeys
{
    /// <summary>The prefix the API strips: <c>log_retention_type</c> is served as <c>type</c>.</summary>
    public const string RetentionPrefix = "log_retention_";

    public const string RetentionType = RetentionPrefix + "type";
    public const string RetentionValue = RetentionPrefix + "value";
    public const string RetentionEnabled = RetentionPrefix + "enabled";
    public const string FunctionBaseUrl = "function_base_url";
    public const string KvStorageLimitBytes = "kv_storage_limit_bytes";
    public const string ApiGatewayDomain = "api_gateway_domain";
    public const string ExecutionDefaultTimeoutSeconds = "execution_default_timeout_seconds";
    public const string ExecutionMaxTimeoutSeconds = "execution_max_timeout_seconds";
    public const string ExecutionDefaultMemoryMb = "execution_default_memory_mb";
    public const string ExecutionMaxMemoryMb = "execution_max_memory_mb";

    /// <summary>The platform's execution limits (see <see cref="ExecutionLimitSettings"/>).</summary>
    public static IReadOnlyList<string> ExecutionLimits { get; } =
        [ExecutionDefaultTimeoutSeconds, ExecutionMaxTimeoutSeconds, ExecutionDefaultMemoryMb, ExecutionMaxMemoryMb];

    /// <summary>
    /// What every signed-in user may read: the admin UI builds function and gateway URLs from them, and a project's
    /// developers choose their functions' limits within the execution maxima.
    /// </summary>
    public static IReadOnlyList<string> Public { get; } = [FunctionBaseUrl, ApiGatewayDomain, .. ExecutionLimits];

    public static IReadOnlyList<string> Administrative { get; } =
        [FunctionBaseUrl, KvStorageLimitBytes, ApiGatewayDomain, .. ExecutionLimits];
}
