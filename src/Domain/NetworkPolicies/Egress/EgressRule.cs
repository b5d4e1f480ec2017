using System.Net;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>
/// One stored rule, parsed once for evaluation. An <c>ip</c> rule compares parsed addresses (any spelling), a
/// <c>cidr</c> rule tests containment, a <c>domain</c> rule matches the name the function asked for (see
/// <see cref="DomainPattern"/>) and never an IP literal. A rule with <see cref="Ports"/> applies to those ports only. A
/// stored value that does not parse matches nothing.
/// </summary>
public sealed record EgressRule
{
    private readonly IPAddress? _address;
    private readonly AddressRange? _range;
    private readonly DomainPattern? _domain;

    public EgressRule(string action, string targetType, string targetValue, PortRange? ports, int priority, string? description, string? scope)
    {
        Allows = action == NetworkPolicyAction.Allow;
        TargetType = targetType;
        TargetValue = targetValue;
        Ports = ports;
        Priority = priority;
        Description = description;
        Scope = scope;
        switch (targetType)
        {
            case NetworkTargetType.Ip:
                _address = IpAddressText.Parse(targetValue);
                break;
            case NetworkTargetType.Cidr:
                _range = AddressRange.Parse(targetValue);
                break;
            case NetworkTargetType.Domain:
                _domain = DomainPattern.Parse(targetValue);
                break;
        }
    }

    public bool Allows { get; }

    public string TargetType { get; }

    public string TargetValue { get; }

    public PortRange? Ports { get; }

    public int Priority { get; }

    public string? Description { get; }

    /// <summary><c>global</c> or <c>project</c> where a reason names where the rule came from; null where it does not.</summary>
    public string? Scope { get; }

    /// <summary>The original's wording: <c>Denied by global rule #2: no databases</c>.</summary>
    public string Reason =>
        $"{(Allows ? "Allowed" : "Denied")} by {(Scope is null ? "" : Scope + " ")}rule #{Priority}{(Description is { Length: > 0 } ? ": " + Description : "")}";

    public bool Matches(string? hostName, IPAddress address, int? port)
    {
        if (Ports is not null && (port is not { } p || !Ports.Contains(p)))
        {
            return false;
        }

        return TargetType switch
        {
            NetworkTargetType.Ip => _address is not null && _address.Equals(IpAddressText.Canonical(address)),
            NetworkTargetType.Cidr => _range is not null && _range.Contains(address),
            _ => _domain is not null && hostName is not null && _domain.Matches(hostName),
        };
    }

    /// <summary>Whether a domain rule decides about resolving <paramref name="hostName"/> at all.</summary>
    public bool MatchesName(string hostName) => _domain is not null && _domain.Matches(hostName);
}
