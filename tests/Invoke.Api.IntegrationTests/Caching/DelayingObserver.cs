using Invoke.Infrastructure.Notifications;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// Takes <paramref name="delay"/> over every notification before handing it to the cache, on the listener's thread, as
/// a loaded instance might: the cache learns of each change that much later than the database committed it.
/// </summary>
internal sealed class DelayingObserver(INotificationObserver inner, TimeSpan delay) : INotificationObserver
{
    public void Listening() => inner.Listening();

    public void Disconnected(string reason) => inner.Disconnected(reason);

    public void Received(string channel, string payload)
    {
        Thread.Sleep(delay);
        inner.Received(channel, payload);
    }
}
