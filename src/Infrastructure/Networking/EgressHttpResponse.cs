using System.IO.Compression;
using System.Net.Http;

namespace Invoke.Infrastructure.Networking;

/// <summary>A response whose body a function reads chunk by chunk; its bytes count against the invocation's limit.</summary>
internal sealed class EgressHttpResponse : IDisposable
{
    private readonly HttpResponseMessage _message;
    private readonly InvocationNetwork _network;
    private Stream? _body;
    private bool _disposed;

    internal EgressHttpResponse(HttpResponseMessage message, InvocationNetwork network, Uri url, bool redirected, bool decompress)
    {
        _message = message;
        _network = network;
        Url = url;
        Redirected = redirected;
        Decompress = decompress;
        Headers = [
            .. message.Headers.SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, v))),
            .. message.Content.Headers.SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, v))),
        ];
    }

    public int Status => (int)_message.StatusCode;

    public string StatusText => _message.ReasonPhrase ?? "";

    public string HttpVersion => $"{_message.Version.Major}.{_message.Version.Minor}";

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public Uri Url { get; }

    public bool Redirected { get; }

    private bool Decompress { get; }

    /// <summary>Reads the next chunk of the body; an empty array at its end.</summary>
    public async Task<byte[]> ReadAsync(int maxBytes, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _body ??= Decoded(await _message.Content.ReadAsStreamAsync(cancellationToken));
        var buffer = new byte[maxBytes];
        var read = await _network.ReadAsync(_body, buffer, cancellationToken);
        if (read == 0)
        {
            Dispose();
            return [];
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _body?.Dispose();
        _message.Dispose();
        _network.Released(this);
    }

    private Stream Decoded(Stream raw)
    {
        if (!Decompress)
        {
            return raw;
        }

        var encoding = _message.Content.Headers.ContentEncoding.LastOrDefault()?.ToLowerInvariant();
        return encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(raw, CompressionMode.Decompress),
            "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
    }
}
