namespace Invoke.Infrastructure.Notifications;

/// <summary>The channels the NOTIFY triggers send on (created in migrations; payloads described there).</summary>
public static class NotificationChannels
{
    /// <summary>The original platform's gateway channel: <c>{"table", "action"}</c>, no row ids.</summary>
    public const string Gateway = "gateway_invalidated";

    /// <summary>The original platform's execution channel: environment variables and network policies.</summary>
    public const string ExecutionCache = "execution_cache_invalidated";

    /// <summary>Invoke's channel for every other cached table, and for truncations of all of them.</summary>
    public const string InvokeCache = "invoke_cache_invalidated";

    public static IReadOnlyList<string> All { get; } = [Gateway, ExecutionCache, InvokeCache];
}
