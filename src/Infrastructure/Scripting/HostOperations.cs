using System.Threading.Channels;
using Jint;
using Jint.Native;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The asynchronous host calls of one invocation (the key-value store's, for one). Script passes the resolve and reject
/// functions of a promise it made; the host work runs without holding the engine, and its outcome is queued on the
/// invocation's event loop, which settles the promise there, on the one flow that may touch the engine. The event loop
/// keeps running while any call is <see cref="Pending"/>, as Node's does while I/O is outstanding.
/// </summary>
internal sealed class HostOperations(Engine engine, ChannelWriter<Action> eventLoop)
{
    /// <summary>Started calls whose outcome has not been handed to script yet; read and written on the event loop only.</summary>
    public int Pending { get; private set; }

    /// <param name="describe">The message script sees for a failure of the call.</param>
    public void Start<T>(
        Func<Task<T>> operation, JsValue resolve, JsValue reject, Func<T, JsValue> toScript, Func<Exception, string> describe)
    {
        Pending++;
        _ = RunAsync();

        async Task RunAsync()
        {
            T result;
            try
            {
                result = await operation();
            }
            catch (Exception exception)
            {
                var message = describe(exception);
                eventLoop.TryWrite(() =>
                {
                    Pending--;
                    engine.Call(reject, message);
                });
                return;
            }

            eventLoop.TryWrite(() =>
            {
                Pending--;
                engine.Call(resolve, toScript(result));
            });
        }
    }
}
