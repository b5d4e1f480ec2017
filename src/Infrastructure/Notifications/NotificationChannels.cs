namespace Invoke.Infrastructure.Notifications;

/// <summary>
/// The channels the NOTIFY triggers send on (created in migrations; payloads described there), and the listener's own.
/// </summary>
public static class NotificationChannels
{
    /// <summary>The original platform's gateway channel: <c>{"table", "action"}</c>, no row ids.</summary>
    public const string Gateway = "gateway_invalidated";

    /// <summary>The original platform's execution channel: environment variables and network policies.</summary>
    public const string ExecutionCache = "execution_cache_invalidated";

    /// <summary>Invoke's channel for every other cached table, and for truncations of all of them.</summary>
    public const string InvokeCache = "invoke_cache_invalidated";

    /// <summary>
    /// Invoke's scheduler channel: a function's schedule changed other than by a scheduler claim (docs/adr/0031).
    /// Payload <c>{"id"}</c>.
    /// </summary>
    public const string Schedule = "invoke_schedule_changed";

    /// <summary>
    /// No trigger sends here: <see cref="PostgresNotificationListener.SyncAsync"/> sends a marker (a token only it knows)
    /// and waits for it to come back, which proves every earlier commit's notifications have been reported.
    /// </summary>
    public const string Sync = "invoke_cache_sync";

    /// <summary>The trigger channels.</summary>
    public static IReadOnlyList<string> All { get; } = [Gateway, ExecutionCache, InvokeCache, Schedule];

    /// <summary>The channels that invalidate the query cache.</summary>
    public static IReadOnlyList<string> Cache { get; } = [Gateway, ExecutionCache, InvokeCache];
}
