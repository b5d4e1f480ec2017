using System.Net;
using System.Net.Security;

namespace Invoke.Infrastructure.Networking;

/// <summary>A function's TCP (or TLS) client connection to a checked address; closed at the latest when its invocation ends.</summary>
internal sealed class EgressSocket : IDisposable
{
    private readonly InvocationNetwork _network;
    private Stream _stream;
    private bool _disposed;

    internal EgressSocket(InvocationNetwork network, Stream stream, IPAddress address, int port)
    {
        _network = network;
        _stream = stream;
        RemoteAddress = address;
        RemotePort = port;
    }

    public IPAddress RemoteAddress { get; }

    public int RemotePort { get; }

    public bool Encrypted => _stream is SslStream;

    public int Family => RemoteAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 6 : 4;

    public async Task<byte[]> ReadAsync(int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxBytes];
        var read = await _network.ReadAsync(_stream, buffer, cancellationToken);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    public async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        _network.AddBytes(bytes.Length);
        await _stream.WriteAsync(bytes, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    /// <summary>Ends the sending side (a TCP FIN), as <c>socket.end()</c>.</summary>
    public void ShutdownSend()
    {
        if (_stream is System.Net.Sockets.NetworkStream network)
        {
            network.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Dispose();
        _network.Released(this);
    }

    internal async Task StartTlsAsync(SslClientAuthenticationOptions options, CancellationToken cancellationToken)
    {
        var tls = new SslStream(_stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(options, cancellationToken);
        _stream = tls;
    }
}
