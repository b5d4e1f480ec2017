using Invoke.Domain.Functions;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <summary>The retention a function's logs are under, from its own columns or the global settings.</summary>
public sealed record RetentionPolicy(string? Type, int? Value)
{
    /// <summary>
    /// Only <c>time</c> and <c>count</c> with a positive value delete anything; <c>none</c>, an unknown type or a
    /// missing value keep every log (the original failed in SQL on a missing value and skipped the function).
    /// </summary>
    public bool Deletes => Type is RetentionType.Time or RetentionType.Count && Value > 0;
}
