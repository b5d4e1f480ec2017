using System.Collections.Concurrent;
using Invoke.Infrastructure.Notifications;

namespace Invoke.Infrastructure.IntegrationTests.Caching;

/// <summary>Records what the listener reports, taking <paramref name="delay"/> over each notification first.</summary>
internal sealed class RecordingObserver(TimeSpan delay) : INotificationObserver
{
    private volatile bool _listening;

    public ConcurrentQueue<(string Channel, string Payload)> Received { get; } = new();

    public bool IsListening => _listening;

    public void Listening() => _listening = true;

    public void Disconnected(string reason) => _listening = false;

    void INotificationObserver.Received(string channel, string payload)
    {
        Thread.Sleep(delay);
        Received.Enqueue((channel, payload));
    }
}
