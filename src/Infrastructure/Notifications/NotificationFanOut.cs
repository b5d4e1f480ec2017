using Invoke.Infrastructure.Caching;

namespace Invoke.Infrastructure.Notifications;

/// <summary>
/// The listener's observer: the cache gets its channels (<see cref="NotificationChannels.Cache"/>) and every change of
/// connection state, each <see cref="IChannelObserver"/> its own channel; a channel nobody here reads (the scheduler's,
/// on an instance without that role) is dropped.
/// </summary>
internal sealed class NotificationFanOut(CacheInvalidator cache, IEnumerable<IChannelObserver> channelObservers) : INotificationObserver
{
    private readonly Dictionary<string, IChannelObserver[]> _byChannel = channelObservers
        .GroupBy(observer => observer.Channel, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    public void Listening()
    {
        cache.Listening();
        foreach (var observer in _byChannel.Values.SelectMany(observers => observers))
        {
            observer.Listening();
        }
    }

    public void Disconnected(string reason) => cache.Disconnected(reason);

    public void Received(string channel, string payload)
    {
        if (NotificationChannels.Cache.Contains(channel))
        {
            cache.Received(channel, payload);
        }
        else if (_byChannel.TryGetValue(channel, out var observers))
        {
            foreach (var observer in observers)
            {
                observer.Received(payload);
            }
        }
    }
}
