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

    /// <summary>Counts one failure for each key and returns how the counters stand afterwards.</summary>
    Task<LoginFailures> RecordFailureAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task ResetAsync(string key, CancellationToken cancellationToken);
}
