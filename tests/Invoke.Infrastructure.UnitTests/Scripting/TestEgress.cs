using Invoke.Application.Runtime.Egress;
using Invoke.Domain.NetworkPolicies.Egress;
using Invoke.Infrastructure.Networking;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.UnitTests.Scripting;

/// <summary>The network of sandbox tests: every project under one fixed policy, the host's resolver unless given.</summary>
internal static class TestEgress
{
    /// <summary>The built-in deny list complete and no rule: every connection is denied.</summary>
    public static EgressServices DenyAll { get; } = Services(new EgressPolicy(BuiltInDenyList.Complete, []));

    public static EgressServices Services(
        EgressPolicy policy, IHostResolver? resolver = null, EgressOptions? options = null, EgressTlsOptions? tlsOptions = null)
    {
        var tls = new EgressTls(Options.Create(tlsOptions ?? new EgressTlsOptions()));
        return new EgressServices(
            new FixedPolicy(policy), resolver ?? new SystemHostResolver(), new ProjectConnectionPools(tls), tls, Options.Create(options ?? new EgressOptions()));
    }

    private sealed class FixedPolicy(EgressPolicy policy) : IEgressPolicySource
    {
        public Task<EgressPolicy> GetAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult(policy);
    }
}
