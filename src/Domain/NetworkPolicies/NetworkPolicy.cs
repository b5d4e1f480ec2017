using Invoke.Domain.Common;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Domain.NetworkPolicies;

/// <summary>
/// A rule for outgoing connections from functions. Rules are evaluated by ascending priority and the
/// first match wins; global rules come before project rules.
/// </summary>
public abstract class NetworkPolicy
{
    public const int DescriptionMaxLength = 255;

    protected NetworkPolicy()
    {
    }

    public int Id { get; private set; }

    public string Action { get; private set; } = null!;

    public string TargetType { get; private set; } = null!;

    public string TargetValue { get; private set; } = null!;

    public string? Description { get; private set; }

    public int Priority { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    /// <summary>The first port the rule applies to; null (with <see cref="PortTo"/>) for every port, as the original's rows.</summary>
    public int? PortFrom { get; private set; }

    public int? PortTo { get; private set; }

    public PortRange? Ports => PortFrom is { } from && PortTo is { } to ? new PortRange(from, to) : null;

    public void Update(string action, string targetType, string targetValue, string? description, int priority, PortRange? ports = null)
    {
        PortFrom = ports?.From;
        PortTo = ports?.To;
        Action = Ensure.OneOf(action, "action", NetworkPolicyAction.All);
        TargetValue = NetworkTarget.Validate(targetType, targetValue);
        TargetType = targetType;
        Description = Ensure.Optional(description, "description", DescriptionMaxLength);
        Priority = priority;
    }
}
