namespace Invoke.Infrastructure.Notifications;

/// <summary>What <see cref="PostgresNotificationListener"/> reports. Called on the listener's thread: return quickly.</summary>
public interface INotificationObserver
{
    /// <summary>LISTEN is active on every channel: from now on no committed change goes unreported.</summary>
    void Listening();

    /// <summary>The connection is gone: changes committed from now until <see cref="Listening"/> are never reported.</summary>
    void Disconnected(string reason);

    void Received(string channel, string payload);
}
