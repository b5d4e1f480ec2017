using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Infrastructure.Networking;

/// <summary>Where an invocation's network gets its project's policy: <see cref="ProjectEgressPolicies"/> in the product.</summary>
internal interface IEgressPolicySource
{
    /// <summary>The same instance while the rules are unchanged; a new one after any change.</summary>
    Task<EgressPolicy> GetAsync(Guid projectId, CancellationToken cancellationToken);
}
