using Invoke.Application.Common.Security;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Failed-login counters shared by every API instance (docs/adr/0011). A key names what is counted: the typed login
/// identifier or the client address (<see cref="LoginLockout"/> builds them).
/// </summary>
public interface ILoginThrottle
{
    /// <summary>The latest time until which any of the keys is locked, or null when none is locked now.</summary>
    Task<DateTime?> LockedUntilAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one attempt for each key before its password is checked, and returns how the counters stand afterwards
    /// (this attempt and any that arrived meanwhile), so a burst cannot check more passwords than the limit allows.
    /// A failed attempt stays counted; a successful one resets or releases its keys.
    /// </summary>
    Task<LoginFailures> ReserveAttemptAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Takes back one reserved attempt of a key that a successful login does not reset (the address).</summary>
    Task ReleaseAttemptAsync(string key, CancellationToken cancellationToken);

    Task ResetAsync(string key, CancellationToken cancellationToken);
}
