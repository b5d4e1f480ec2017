using System.Runtime.CompilerServices;
using Invoke.Application.Runtime.Egress;
using Invoke.Application.Runtime.Queries.GetNetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// A project's policy, read through the cached <see cref="GetNetworkPoliciesQuery"/> (evicted by NOTIFY when a rule
/// changes) and parsed once per cached answer: the same answer gives the same <see cref="EgressPolicy"/> instance, and a
/// new instance means the rules changed.
/// </summary>
internal sealed class ProjectEgressPolicies(IServiceScopeFactory scopes, EgressPolicies policies) : IEgressPolicySource
{
    private readonly ConditionalWeakTable<NetworkPoliciesDto, EgressPolicy> _parsed = [];

    public async Task<EgressPolicy> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rules = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetNetworkPoliciesQuery(projectId), cancellationToken);
        return _parsed.GetValue(rules, policies.For);
    }
}
