namespace Invoke.Infrastructure.Caching;

/// <summary>Settings of the query cache and its NOTIFY listener (configuration section <c>Invoke:Cache</c>).</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Invoke:Cache";

    /// <summary>False serves every query from the database and does not listen (used to measure the cache's effect).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Notifications for one tag that follow each other within this window form a burst. Evictions are never delayed:
    /// the first two of a burst evict at once, results with that tag are then not stored until the window passes
    /// without another notification, and the rest of the burst is coalesced.
    /// </summary>
    public TimeSpan DebounceWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Everything is dropped this often, in case a notification was lost in a way nobody noticed.</summary>
    public TimeSpan SafetyFlushInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>First wait before reconnecting the listener; it doubles after every failed attempt.</summary>
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seconds of silence after which the listener pings the server, so that a dead connection is noticed.</summary>
    public int KeepAliveSeconds { get; set; } = 10;

    /// <summary>
    /// How long a request that wrote waits, at most, for this instance's cache to see its changes before answering
    /// (docs/adr/0022). Zero does not wait: the caller's next read here may then miss its own write for a moment.
    /// </summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Results are not stored beyond this many entries (a flood of distinct keys cannot exhaust memory).</summary>
    public int MaxEntries { get; set; } = 100_000;
}
