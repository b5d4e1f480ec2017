using System.Collections.Concurrent;
using System.Net.Http;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// One HTTP connection pool per project, never shared between projects: a connection one project's function opened is
/// reused only by functions of the same project. Every new connection is dialled by the guard of the invocation that
/// asked for it (<see cref="InvocationNetwork"/>); redirects are never followed here but hop by hop by the invocation.
/// A pool built under rules that have since changed is replaced, so no connection outlives the rules it was checked by.
/// </summary>
internal sealed class ProjectConnectionPools(EgressTls tls) : IDisposable
{
    public static readonly HttpRequestOptionsKey<InvocationNetwork> NetworkKey = new("Invoke.InvocationNetwork");

    private readonly ConcurrentDictionary<Guid, Pool> _pools = new();

    public HttpMessageInvoker For(Guid projectId, EgressPolicy policy)
    {
        while (true)
        {
            var pool = _pools.GetOrAdd(projectId, _ => new Pool(policy, CreateHandler()));
            if (ReferenceEquals(pool.Policy, policy))
            {
                return pool.Invoker;
            }

            if (_pools.TryUpdate(projectId, new Pool(policy, CreateHandler()), pool))
            {
                pool.Invoker.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values)
        {
            pool.Invoker.Dispose();
        }
    }

    private HttpMessageInvoker CreateHandler() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = 64,
        SslOptions = { RemoteCertificateValidationCallback = tls.Validate },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var network = context.InitialRequestMessage.Options.TryGetValue(NetworkKey, out var owner)
                ? owner
                : throw new InvalidOperationException("A function's request must name its invocation");
            return await network.DialAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
        },
    }, disposeHandler: true);

    private sealed record Pool(EgressPolicy Policy, HttpMessageInvoker Invoker);
}
