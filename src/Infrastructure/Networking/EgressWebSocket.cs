using System.Net.Http;
using System.Net.WebSockets;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// A function's WebSocket client. Its handshake goes through a handler of its own whose every connection is dialled by
/// the invocation's guard, so the socket reaches only a checked address; closed at the latest when the invocation ends.
/// </summary>
internal sealed class EgressWebSocket : IDisposable
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    private readonly InvocationNetwork _network;
    private readonly ClientWebSocket _socket = new();
    private readonly HttpMessageInvoker _invoker;
    private bool _disposed;

    internal EgressWebSocket(InvocationNetwork network, EgressTls tls)
    {
        _network = network;
        _invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = tls.Validate },
            ConnectCallback = (context, cancellationToken) => network.DialAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken),
        });
    }

    public string? Protocol => _socket.SubProtocol;

    internal async Task ConnectAsync(Uri url, IReadOnlyList<string> protocols, CancellationToken cancellationToken)
    {
        foreach (var protocol in protocols)
        {
            _socket.Options.AddSubProtocol(protocol);
        }

        await _socket.ConnectAsync(url, _invoker, cancellationToken);
    }

    public async Task SendAsync(byte[] bytes, bool text, CancellationToken cancellationToken)
    {
        _network.AddBytes(bytes.Length);
        await _socket.SendAsync(bytes, text ? WebSocketMessageType.Text : WebSocketMessageType.Binary, true, cancellationToken);
    }

    /// <summary>The next whole message; <c>Close</c> with the peer's code and reason when it closed.</summary>
    public async Task<(WebSocketMessageType Type, byte[] Data, int Code, string Reason)> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int)(_socket.CloseStatus ?? WebSocketCloseStatus.Empty);
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                }

                return (WebSocketMessageType.Close, [], code, _socket.CloseStatusDescription ?? "");
            }

            _network.AddBytes(result.Count);
            if (message.Length + result.Count > MaxMessageBytes)
            {
                throw new EgressFailure(EgressFailure.Limit, "read", $"A WebSocket message exceeded {MaxMessageBytes} bytes");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (result.MessageType, message.ToArray(), 0, "");
            }
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _network.Released(this);
    }
}
