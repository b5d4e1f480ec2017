using Invoke.Domain.Common;

namespace Invoke.Domain.Functions;

/// <summary>
/// The platform's execution limits (the <c>execution_*</c> global settings): what a function runs with when it has no
/// limit of its own, and the most it may be given. A function's effective limit is its own when enabled, else the
/// default, and never above the maximum.
/// </summary>
public sealed record ExecutionLimitPolicy
{
    private const long BytesPerMegabyte = 1024 * 1024;

    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public ExecutionLimitPolicy(int defaultTimeoutSeconds, int maxTimeoutSeconds, int defaultMemoryMb, int maxMemoryMb)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultTimeoutSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTimeoutSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultMemoryMb);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMemoryMb);
        DefaultTimeoutSeconds = defaultTimeoutSeconds;
        MaxTimeoutSeconds = maxTimeoutSeconds;
        DefaultMemoryMb = defaultMemoryMb;
        MaxMemoryMb = maxMemoryMb;
    }

    /// <summary>The values a new installation starts with, as the original's later releases seed them.</summary>
    public static ExecutionLimitPolicy Seeded { get; } = new(30, 60, 256, 1024);

    public int DefaultTimeoutSeconds { get; }

    public int MaxTimeoutSeconds { get; }

    public int DefaultMemoryMb { get; }

    public int MaxMemoryMb { get; }

    public TimeSpan EffectiveTimeout(bool customEnabled, int? customSeconds) =>
        TimeSpan.FromSeconds(Effective(customEnabled, customSeconds, DefaultTimeoutSeconds, MaxTimeoutSeconds));

    public long EffectiveMemoryBytes(bool customEnabled, int? customMb) =>
        Effective(customEnabled, customMb, DefaultMemoryMb, MaxMemoryMb) * BytesPerMegabyte;

    /// <summary>Refuses a custom limit the platform does not allow; null means "not being set".</summary>
    /// <exception cref="InvalidValueException">A value is above its maximum.</exception>
    public void EnsureAllowed(int? customTimeoutSeconds, int? customMemoryMb)
    {
        EnsureAtMost(customTimeoutSeconds, MaxTimeoutSeconds, "custom_timeout_seconds");
        EnsureAtMost(customMemoryMb, MaxMemoryMb, "custom_memory_mb");
    }

    // A stored value that is not positive (rows written by other tools) counts as no value, as in the original.
    private static int Effective(bool customEnabled, int? custom, int defaultValue, int max) =>
        Math.Min(customEnabled && custom is > 0 ? custom.Value : defaultValue, max);

    private static void EnsureAtMost(int? value, int max, string field)
    {
        if (value > max)
        {
            throw new InvalidValueException(field, $"{field} must be at most {max}, the platform's maximum");
        }
    }
}
