using Invoke.Infrastructure.Networking;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of fetch, http(s), dns, net and tls for one invocation: every call goes to its
/// <see cref="InvocationNetwork"/> (the guard), every completion comes back through the event loop as
/// <c>callback(error, result)</c>. Errors are plain descriptors (<c>code</c>, <c>syscall</c>, <c>hostname</c>, ...)
/// the JavaScript half turns into Node's errors; a policy denial also writes a line to the function's logs.
/// </summary>
internal static class NativeNetwork
{
    private const int ChunkBytes = 64 * 1024;

    public static JsObject Create(SandboxEngine sandbox, InvocationNetwork network, HostOperations operations, Action<string> log)
    {
        var engine = sandbox.Engine;
        var handles = new Dictionary<int, IDisposable>();
        var nextHandle = 0;
        var native = new JsObject(engine);

        void Run<T>(JsValue callback, Func<Task<T>> operation, Func<T, JsValue> result) =>
            operations.Start(
                operation,
                value => engine.Call(callback, JsValue.Null, result(value)),
                exception => engine.Call(callback, Describe(engine, exception, log)));

        int Keep(IDisposable resource)
        {
            handles[++nextHandle] = resource;
            return nextHandle;
        }

        T Handle<T>(JsValue[] a)
            where T : class =>
            handles.GetValueOrDefault((int)TypeConverter.ToNumber(a[0])) as T
            ?? throw new JavaScriptException(engine.Intrinsics.Error, "The connection is closed");

        SandboxEngine.Add(native, "request", (_, a) =>
        {
            var options = a[0].AsObject();
            var headers = options.Get("headers").AsArray();
            var list = new List<KeyValuePair<string, string>>((int)headers.Length / 2);
            for (uint i = 0; i + 1 < headers.Length; i += 2)
            {
                list.Add(KeyValuePair.Create(TypeConverter.ToString(headers[i]), TypeConverter.ToString(headers[i + 1])));
            }

            var body = options.Get("body");
            var request = new EgressHttpRequest(
                TypeConverter.ToString(options.Get("method")),
                new Uri(TypeConverter.ToString(options.Get("url"))),
                list,
                body.IsUint8Array() ? body.AsUint8Array() : null,
                TypeConverter.ToString(options.Get("redirect")) switch
                {
                    "manual" => RedirectMode.Manual,
                    "error" => RedirectMode.Error,
                    _ => RedirectMode.Follow,
                },
                options.Get("decompress").AsBoolean());
            Run(a[1], () => network.SendAsync(request), response =>
            {
                var result = new JsObject(engine);
                result.Set("id", Keep(response));
                result.Set("status", response.Status);
                result.Set("statusText", response.StatusText);
                result.Set("url", response.Url.AbsoluteUri);
                result.Set("redirected", response.Redirected);
                result.Set("httpVersion", response.HttpVersion);
                result.Set("headers", new JsArray(engine, [.. response.Headers.SelectMany(h => new JsValue[] { h.Key, h.Value })]));
                return result;
            });
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "read", (_, a) =>
        {
            var response = Handle<EgressHttpResponse>(a);
            Run(a[1], () => response.ReadAsync(ChunkBytes, CancellationToken.None), chunk => sandbox.Bytes(chunk));
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "close", (_, a) =>
        {
            if (handles.Remove((int)TypeConverter.ToNumber(a[0]), out var resource))
            {
                resource.Dispose();
            }

            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "lookup", (_, a) =>
        {
            var host = TypeConverter.ToString(a[0]);
            Run(a[1], () => network.LookupAsync(host), addresses => new JsArray(engine, [
                .. addresses.Select(address => (JsValue)new JsArray(engine, [address.Address, address.Family])),
            ]));
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "connect", (_, a) =>
        {
            var host = TypeConverter.ToString(a[0]);
            var port = (int)TypeConverter.ToNumber(a[1]);
            var serverName = a[2].IsString() ? a[2].AsString() : null;
            Run(a[3], () => network.ConnectAsync(host, port, serverName), socket =>
            {
                var result = new JsObject(engine);
                result.Set("id", Keep(socket));
                result.Set("remoteAddress", socket.RemoteAddress.ToString());
                result.Set("remotePort", socket.RemotePort);
                result.Set("remoteFamily", socket.Family == 6 ? "IPv6" : "IPv4");
                result.Set("encrypted", socket.Encrypted);
                return result;
            });
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "socketRead", (_, a) =>
        {
            var socket = Handle<EgressSocket>(a);
            Run(a[1], () => socket.ReadAsync(ChunkBytes, CancellationToken.None), chunk => sandbox.Bytes(chunk));
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "socketWrite", (_, a) =>
        {
            var socket = Handle<EgressSocket>(a);
            var bytes = sandbox.ByteArgument(a, 1);
            Run(a[2], async () =>
            {
                await socket.WriteAsync(bytes, CancellationToken.None);
                return true;
            }, _ => JsValue.Undefined);
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "webSocket", (_, a) =>
        {
            var url = new Uri(TypeConverter.ToString(a[0]));
            var protocols = a[1].AsArray();
            var list = Enumerable.Range(0, (int)protocols.Length).Select(i => TypeConverter.ToString(protocols[(uint)i])).ToList();
            Run(a[2], () => network.ConnectWebSocketAsync(url, list), socket =>
            {
                var result = new JsObject(engine);
                result.Set("id", Keep(socket));
                result.Set("protocol", socket.Protocol ?? "");
                return result;
            });
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "webSocketSend", (_, a) =>
        {
            var socket = Handle<EgressWebSocket>(a);
            var text = a[2].AsBoolean();
            var bytes = sandbox.ByteArgument(a, 1);
            Run(a[3], async () =>
            {
                await socket.SendAsync(bytes, text, CancellationToken.None);
                return true;
            }, _ => JsValue.Undefined);
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "webSocketReceive", (_, a) =>
        {
            var socket = Handle<EgressWebSocket>(a);
            Run(a[1], () => socket.ReceiveAsync(CancellationToken.None), message =>
            {
                var result = new JsObject(engine);
                result.Set("type", message.Type.ToString().ToLowerInvariant());
                result.Set("data", sandbox.Bytes(message.Data));
                result.Set("code", message.Code);
                result.Set("reason", message.Reason);
                return result;
            });
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "webSocketClose", (_, a) =>
        {
            var socket = Handle<EgressWebSocket>(a);
            var code = (int)TypeConverter.ToNumber(a[1]);
            var reason = TypeConverter.ToString(a[2]);
            Run(a[3], async () =>
            {
                await socket.CloseAsync(code, reason, CancellationToken.None);
                return true;
            }, _ => JsValue.Undefined);
            return JsValue.Undefined;
        });
        SandboxEngine.Add(native, "socketEnd", (_, a) =>
        {
            Handle<EgressSocket>(a).ShutdownSend();
            return JsValue.Undefined;
        });
        return native;
    }

    private static JsValue Describe(Engine engine, Exception exception, Action<string> log)
    {
        var error = new JsObject(engine);
        switch (exception)
        {
            case EgressDeniedException denied:
                log(denied.LogLine);
                error.Set("message", denied.Message);
                error.Set("code", "POLICY_DENIED");
                error.Set("syscall", "connect");
                error.Set("hostname", denied.Host);
                error.Set("address", denied.Address?.ToString() ?? JsValue.Undefined);
                error.Set("port", denied.Port);
                error.Set("reason", denied.Reason);
                break;
            case EgressFailure failure:
                error.Set("message", failure.Message);
                error.Set("code", failure.Code);
                error.Set("syscall", failure.Syscall);
                error.Set("hostname", failure.Host ?? (JsValue)JsValue.Undefined);
                break;
            case IOException io:
                error.Set("message", "socket hang up: " + io.Message);
                error.Set("code", "ECONNRESET");
                break;
            case OperationCanceledException or ObjectDisposedException:
                error.Set("message", "The operation was aborted");
                error.Set("code", "ABORT_ERR");
                break;
            default:
                error.Set("message", exception.Message);
                error.Set("code", "ERR_NETWORK");
                break;
        }

        return error;
    }
}
