using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Application.Runtime.Egress;

/// <summary>
/// The one sequence every connection and every policy test goes through: an IP literal is checked as it is; a name is
/// first checked against the domain rules that restrict resolution, then resolved once, and every address it resolved
/// to is checked.
/// </summary>
public static class EgressCheck
{
    public static async Task<EgressVerdict> EvaluateAsync(
        EgressPolicy policy, IHostResolver resolver, string host, int? port, CancellationToken cancellationToken)
    {
        if (IpAddressText.Parse(host) is { } literal)
        {
            return new EgressVerdict(policy.Evaluate(null, [literal], port), [literal]);
        }

        var name = HostName.Normalize(host);
        var nameDecision = policy.EvaluateName(name);
        if (!nameDecision.Allowed)
        {
            return new EgressVerdict(nameDecision, []);
        }

        var addresses = (await resolver.ResolveAsync(name, cancellationToken)).Select(IpAddressText.Canonical).Distinct().ToList();
        return new EgressVerdict(policy.Evaluate(name, addresses, port), addresses);
    }
}
