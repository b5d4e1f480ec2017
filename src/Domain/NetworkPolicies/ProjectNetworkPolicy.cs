using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.NetworkPolicies;

public sealed class ProjectNetworkPolicy : NetworkPolicy
{
    private ProjectNetworkPolicy()
    {
    }

    public Guid ProjectId { get; private set; }

    public static ProjectNetworkPolicy Create(
        Guid projectId, string action, string targetType, string targetValue, string? description, int priority, PortRange? ports = null)
    {
        var policy = new ProjectNetworkPolicy { ProjectId = projectId };
        policy.Update(action, targetType, targetValue, description, priority, ports);
        return policy;
    }
}
