using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.NetworkPolicies;

/// <summary>A network rule applied to every project, before the project's own rules.</summary>
public sealed class GlobalNetworkPolicy : NetworkPolicy
{
    private GlobalNetworkPolicy()
    {
    }

    public static GlobalNetworkPolicy Create(
        string action, string targetType, string targetValue, string? description, int priority, PortRange? ports = null)
    {
        var policy = new GlobalNetworkPolicy();
        policy.Update(action, targetType, targetValue, description, priority, ports);
        return policy;
    }
}
