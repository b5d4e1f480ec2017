namespace Invoke.Infrastructure.Notifications;

/// <summary>Waits for the listener to catch up with the database (see docs/adr/0022).</summary>
public interface INotificationSync
{
    /// <summary>
    /// Returns once every notification of the transactions committed before the call has been reported to the
    /// <see cref="INotificationObserver"/>.
    /// </summary>
    /// <returns>
    /// True when they have; false when the listener is not connected, or the proof did not arrive within
    /// <paramref name="timeout"/> or before <paramref name="cancellationToken"/> was cancelled. Never throws.
    /// </returns>
    Task<bool> SyncAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
