using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Invoke.Application.Runtime.Egress;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// The network of one invocation (docs/adr/0029). Every connection is dialled here: the host is resolved once through
/// the host's resolver, every address it resolved to is checked against the project's policy, and only a checked
/// address is dialled, so no byte reaches a denied host and a second DNS answer is never used. HTTP goes through the
/// project's own pool, redirects hop by hop, each hop a new check. It counts what the invocation holds open and the
/// bytes it moves, bounds connects and reads by timeouts within the invocation's deadline, and closes everything it
/// opened when disposed.
/// </summary>
internal sealed class InvocationNetwork : IDisposable
{
    private const int MaxRedirects = 20;

    private static readonly HashSet<string> CredentialHeaders = new(["authorization", "cookie", "proxy-authorization"], StringComparer.OrdinalIgnoreCase);

    private readonly EgressServices _services;
    private readonly Guid _projectId;
    private readonly CancellationTokenSource _lifetime;
    private readonly HashSet<IDisposable> _open = [];
    private readonly object _gate = new();
    private Task<EgressPolicy>? _policy;
    private long _bytes;
    private bool _disposed;

    internal InvocationNetwork(EgressServices services, Guid projectId, CancellationToken lifetime)
    {
        _services = services;
        _projectId = projectId;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
    }

    /// <summary>Open connections and responses; after <see cref="Dispose"/> always zero.</summary>
    public int OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    private EgressOptions Options => _services.Options;

    /// <summary>Sends a request through the project's pool; with <see cref="RedirectMode.Follow"/> each hop is checked anew.</summary>
    public async Task<EgressHttpResponse> SendAsync(EgressHttpRequest request)
    {
        var token = _lifetime.Token;
        var policy = await PolicyAsync();
        var invoker = _services.Pools.For(_projectId, policy);
        var (method, url, headers, body) = (request.Method, request.Url, request.Headers.ToList(), request.Body);
        AddBytes(body?.Length ?? 0);
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme is not ("http" or "https"))
            {
                throw new EgressFailure("ERR_INVALID_URL", "connect", $"Only http and https URLs can be fetched: {url}");
            }

            var response = await SendOnceAsync(invoker, method, url, headers, body, token);
            var status = (int)response.StatusCode;
            if (request.Redirect == RedirectMode.Manual || status is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is null)
            {
                return Track(new EgressHttpResponse(response, this, url, hop > 0, request.Decompress));
            }

            var next = new Uri(url, response.Headers.Location);
            response.Dispose();
            if (request.Redirect == RedirectMode.Error)
            {
                throw new EgressFailure("ERR_REDIRECT", "fetch", $"unexpected redirect to {next}");
            }

            if (hop + 1 > MaxRedirects)
            {
                throw new EgressFailure("ERR_REDIRECT", "fetch", "redirect count exceeded");
            }

            if ((status == 303 && method is not ("GET" or "HEAD")) || (status is 301 or 302 && method == "POST"))
            {
                method = "GET";
                body = null;
                headers.RemoveAll(h => h.Key.StartsWith("content-", StringComparison.OrdinalIgnoreCase));
            }

            if (!SameOrigin(url, next))
            {
                headers.RemoveAll(h => CredentialHeaders.Contains(h.Key));
            }

            url = next;
        }
    }

    /// <summary>The addresses of a name, for <c>dns</c>: domain rules may forbid resolving it at all.</summary>
    public async Task<IReadOnlyList<(string Address, int Family)>> LookupAsync(string host)
    {
        if (IpAddressText.Parse(host) is { } literal)
        {
            return [Describe(literal)];
        }

        var name = HostName.Normalize(host);
        var decision = (await PolicyAsync()).EvaluateName(name);
        if (!decision.Allowed)
        {
            throw new EgressDeniedException(name, 0, null, decision.Reason);
        }

        var addresses = await _services.Resolver.ResolveAsync(name, _lifetime.Token);
        return addresses.Count > 0
            ? addresses.Select(IpAddressText.Canonical).Distinct().Select(Describe).ToList()
            : throw new EgressFailure(EgressFailure.NotFound, "getaddrinfo", $"getaddrinfo ENOTFOUND {host}", host);
    }

    /// <summary>A checked TCP connection (TLS on top when <paramref name="serverName"/> is given) for net and tls sockets.</summary>
    public async Task<EgressSocket> ConnectAsync(string host, int port, string? serverName)
    {
        var (stream, address) = await DialCheckedAsync(host, port, _lifetime.Token);
        var socket = new EgressSocket(this, stream, address, port);
        Track(socket);
        if (serverName is not null)
        {
            await socket.StartTlsAsync(_services.Tls.ClientOptions(serverName), _lifetime.Token);
        }

        return socket;
    }

    /// <summary>A WebSocket client whose handshake connection the guard dialled (ws: and wss: URLs).</summary>
    public async Task<EgressWebSocket> ConnectWebSocketAsync(Uri url, IReadOnlyList<string> protocols)
    {
        EnsureSlot();
        await PolicyAsync();
        var socket = Track(new EgressWebSocket(this, _services.Tls));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
            timeout.CancelAfter(Options.ConnectTimeout + Options.ReadTimeout);
            await socket.ConnectAsync(url, protocols, timeout.Token);
            return socket;
        }
        catch (Exception exception)
        {
            socket.Dispose();
            throw Unwrap(exception) ?? exception;
        }
    }

    public void Dispose()
    {
        IDisposable[] open;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            open = [.. _open];
            _open.Clear();
        }

        _lifetime.Cancel();
        foreach (var resource in open)
        {
            resource.Dispose();
        }

        _lifetime.Dispose();
    }

    /// <summary>The pools' connect callback: a new pooled connection, checked like every other.</summary>
    internal async ValueTask<Stream> DialAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        return (await DialCheckedAsync(host, port, linked.Token)).Stream;
    }

    internal async Task<int> ReadAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        timeout.CancelAfter(Options.ReadTimeout);
        int read;
        try
        {
            read = await stream.ReadAsync(buffer, timeout.Token);
        }
        catch (OperationCanceledException) when (!_lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new EgressFailure(EgressFailure.TimedOut, "read", $"read ETIMEDOUT: no data for {Options.ReadTimeout.TotalSeconds:0.###} s");
        }

        AddBytes(read);
        return read;
    }

    internal void AddBytes(long count)
    {
        if (Interlocked.Add(ref _bytes, count) > Options.MaxBytesPerInvocation)
        {
            throw new EgressFailure(EgressFailure.Limit, "read", $"The invocation moved more than {Options.MaxBytesPerInvocation} bytes over the network");
        }
    }

    internal void Released(IDisposable resource)
    {
        lock (_gate)
        {
            _open.Remove(resource);
        }
    }

    private T Track<T>(T resource)
        where T : IDisposable
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _open.Add(resource);
                return resource;
            }
        }

        resource.Dispose();
        throw new OperationCanceledException("The invocation has ended");
    }

    private void EnsureSlot()
    {
        lock (_gate)
        {
            if (_open.Count >= Options.MaxConnectionsPerInvocation)
            {
                throw new EgressFailure(
                    EgressFailure.Limit, "connect", $"The invocation holds {_open.Count} connections, the most it may open at once");
            }
        }
    }

    private Task<EgressPolicy> PolicyAsync() => _policy ??= _services.Policies.GetAsync(_projectId, _lifetime.Token);

    private async Task<HttpResponseMessage> SendOnceAsync(
        HttpMessageInvoker invoker, string method, Uri url, List<KeyValuePair<string, string>> headers, byte[]? body, CancellationToken token)
    {
        EnsureSlot();
        using var message = new HttpRequestMessage(new HttpMethod(method), url);
        message.Options.Set(ProjectConnectionPools.NetworkKey, this);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, value) in headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(Options.ConnectTimeout + Options.ReadTimeout);
        try
        {
            return await invoker.SendAsync(message, timeout.Token);
        }
        catch (HttpRequestException exception) when (Unwrap(exception) is { } inner)
        {
            throw inner;
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            throw new EgressFailure(EgressFailure.TimedOut, "connect", $"The request to {url.Host} timed out", url.Host);
        }
    }

    private static Exception? Unwrap(Exception exception)
    {
        for (var current = (Exception?)exception; current is not null; current = current.InnerException)
        {
            if (current is EgressDeniedException or EgressFailure)
            {
                return current;
            }
        }

        return null;
    }

    private async Task<(Stream Stream, IPAddress Address)> DialCheckedAsync(string host, int port, CancellationToken cancellationToken)
    {
        EnsureSlot();
        var policy = await PolicyAsync();
        var verdict = await EgressCheck.EvaluateAsync(policy, _services.Resolver, host, port, cancellationToken);
        if (!verdict.Allowed)
        {
            if (verdict.Addresses.Count == 0 && verdict.Reason == EgressDecision.UnresolvedReason)
            {
                throw new EgressFailure(EgressFailure.NotFound, "getaddrinfo", $"getaddrinfo ENOTFOUND {host}", host);
            }

            throw new EgressDeniedException(host, port, verdict.Decision.Address, verdict.Reason);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ConnectTimeout);
        EgressFailure? last = null;
        foreach (var address in verdict.Addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), timeout.Token);
                return (new NetworkStream(socket, ownsSocket: true), address);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = EgressFailure.FromSocket(exception, "connect", $"{address}:{port}", host);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new EgressFailure(EgressFailure.TimedOut, "connect", $"connect ETIMEDOUT {address}:{port}", host);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private static (string Address, int Family) Describe(IPAddress address) =>
        (address.ToString(), address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4);

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
