namespace Invoke.Application.Common.Security;

/// <param name="Attempts">The highest failure count among the keys, within the current window.</param>
/// <param name="LockedUntil">The latest lock among the keys, or null when none is locked.</param>
public sealed record LoginFailures(int Attempts, DateTime? LockedUntil);
