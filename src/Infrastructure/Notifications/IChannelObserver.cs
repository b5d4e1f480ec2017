namespace Invoke.Infrastructure.Notifications;

/// <summary>
/// A reader of one channel other than the cache's (registered as a singleton; <see cref="NotificationFanOut"/> routes
/// to it). Called on the listener's thread: return quickly.
/// </summary>
public interface IChannelObserver
{
    string Channel { get; }

    /// <summary>LISTEN is active again: notifications sent while it was not were lost.</summary>
    void Listening();

    void Received(string payload);
}
