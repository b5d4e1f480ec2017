using System.Net;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>
/// The rules one project's connections are checked against: the built-in deny list, then every global rule, then every
/// project rule, in the order given; the first match decides, and no match denies. A connection is allowed only when
/// every address its host resolved to is allowed, so a DNS answer mixing allowed and denied addresses is denied as a
/// whole rather than raced.
/// </summary>
public sealed record EgressPolicy
{
    private readonly BuiltInDenyList _builtIn;

    public EgressPolicy(BuiltInDenyList builtIn, IReadOnlyList<EgressRule> rules)
    {
        _builtIn = builtIn;
        Rules = rules;
    }

    public IReadOnlyList<EgressRule> Rules { get; }

    /// <param name="hostName">The name the function asked for, or null for an IP literal.</param>
    /// <param name="port">The port dialled; null when unknown (policy tests), which port-bound rules never match.</param>
    public EgressDecision Evaluate(string? hostName, IReadOnlyList<IPAddress> addresses, int? port)
    {
        if (addresses.Count == 0)
        {
            return new EgressDecision(false, EgressDecision.UnresolvedReason, null);
        }

        EgressDecision? firstAllowed = null;
        foreach (var address in addresses)
        {
            var decision = EvaluateAddress(hostName, address, port);
            if (!decision.Allowed)
            {
                return decision;
            }

            firstAllowed ??= decision;
        }

        return firstAllowed!;
    }

    /// <summary>
    /// Whether a function may resolve <paramref name="hostName"/> at all: the first domain rule that matches the name
    /// decides; without one the name may be resolved and its addresses are checked when connecting.
    /// </summary>
    public EgressDecision EvaluateName(string hostName)
    {
        var rule = Rules.FirstOrDefault(r => r.MatchesName(hostName));
        return rule is null ? new EgressDecision(true, "No domain rule for the name", null) : new EgressDecision(rule.Allows, rule.Reason, null);
    }

    private EgressDecision EvaluateAddress(string? hostName, IPAddress address, int? port)
    {
        var canonical = IpAddressText.Canonical(address);
        if (_builtIn.Match(canonical, port) is { } builtInReason)
        {
            return new EgressDecision(false, "Denied by built-in rule: " + builtInReason, canonical);
        }

        var rule = Rules.FirstOrDefault(r => r.Matches(hostName, canonical, port));
        return rule is null
            ? new EgressDecision(false, EgressDecision.DefaultDenyReason, canonical)
            : new EgressDecision(rule.Allows, rule.Reason, canonical);
    }
}
