namespace Invoke.Domain.Functions;

/// <summary>How a function's execution logs are pruned, as stored in <c>functions.retention_type</c>.</summary>
public static class RetentionType
{
    public const int MaxLength = 10;

    /// <summary>Keep logs for a number of days.</summary>
    public const string Time = "time";

    /// <summary>Keep the newest number of logs.</summary>
    public const string Count = "count";

    /// <summary>Never prune.</summary>
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Time, Count, None];
}
