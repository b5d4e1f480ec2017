namespace Invoke.Infrastructure.Identity;

/// <summary>
/// A failed-login counter (table <c>login_attempts</c>, docs/adr/0011): Invoke's bookkeeping, not part of the
/// original's model, so it lives with the code that keeps it rather than in Domain.
/// </summary>
internal sealed class LoginAttempt
{
    public const int KeyMaxLength = 300;

    private LoginAttempt()
    {
    }

    /// <summary>What is counted: <c>id:&lt;identifier&gt;</c> or <c>addr:&lt;address&gt;</c>.</summary>
    public string Key { get; private set; } = null!;

    public int FailureCount { get; private set; }

    public DateTime LastFailureAt { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public static LoginAttempt FirstFailure(string key, DateTime at) => new() { Key = key, FailureCount = 1, LastFailureAt = at };
}
