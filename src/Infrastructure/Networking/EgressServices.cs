using Invoke.Application.Runtime.Egress;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Networking;

/// <summary>What every <see cref="InvocationNetwork"/> shares: the project policies, the resolver, the pools, TLS and limits.</summary>
internal sealed class EgressServices
{
    public EgressServices(
        IEgressPolicySource policies, IHostResolver resolver, ProjectConnectionPools pools, EgressTls tls, IOptions<EgressOptions> options)
    {
        Policies = policies;
        Resolver = resolver;
        Pools = pools;
        Tls = tls;
        Options = options.Value;
    }

    internal IEgressPolicySource Policies { get; }

    internal IHostResolver Resolver { get; }

    internal ProjectConnectionPools Pools { get; }

    internal EgressTls Tls { get; }

    internal EgressOptions Options { get; }

    /// <summary>The network of one invocation of a function of <paramref name="projectId"/>, closed when it ends.</summary>
    public InvocationNetwork ForInvocation(Guid projectId, CancellationToken lifetime) => new(this, projectId, lifetime);
}
