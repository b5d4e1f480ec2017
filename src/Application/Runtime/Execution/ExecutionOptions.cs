namespace Invoke.Application.Runtime.Execution;

/// <summary>The execution role's platform limits (configuration section <c>Invoke:Execution</c>).</summary>
public sealed class ExecutionOptions
{
    public const string SectionName = "Invoke:Execution";

    /// <summary>Invocations running at once in this process; more wait in line.</summary>
    public int MaxConcurrentInvocations { get; set; } = 64;

    /// <summary>Invocations of one project running at once in this process, so one project cannot take every slot.</summary>
    public int MaxConcurrentInvocationsPerProject { get; set; } = 32;

    /// <summary>The largest request body a function receives, as the gateway's limit.</summary>
    public long MaxRequestBodyBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The largest response body a function may produce.</summary>
    public long MaxResponseBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Console calls kept per invocation; later ones are counted as truncated.</summary>
    public int MaxConsoleEntries { get; set; } = 1_000;

    /// <summary>Characters of console output kept per invocation.</summary>
    public int MaxConsoleCharacters { get; set; } = 256 * 1024;

    /// <summary>Nested JavaScript calls before a RangeError, well inside the thread's stack.</summary>
    public int MaxRecursionDepth { get; set; } = 1_000;

    /// <summary>How long one regular expression may run: a ReDoS pattern ends here, not at the invocation's deadline.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest array script may build.</summary>
    public uint MaxArraySize { get; set; } = 10_000_000;

    /// <summary>
    /// What one invocation may allocate in total over its life, as a multiple of its memory limit. The engine's own
    /// limit counts allocations within one run of script; this one catches memory grown across timer callbacks.
    /// </summary>
    public int AllocationBudgetFactor { get; set; } = 8;

    /// <summary>
    /// Idle engines kept for the next invocation of their function version; each holds its loaded modules. An engine is
    /// reused only after an invocation that ended cleanly, never across versions.
    /// </summary>
    public int MaxIdleEngines { get; set; } = 512;

    /// <summary>Idle engines kept per function version: about the concurrency one function sees on one instance.</summary>
    public int MaxIdleEnginesPerVersion { get; set; } = 4;

    /// <summary>Package versions whose extracted files stay in memory, least recently used evicted first.</summary>
    public long PackageCacheBytes { get; set; } = 512L * 1024 * 1024;
}
