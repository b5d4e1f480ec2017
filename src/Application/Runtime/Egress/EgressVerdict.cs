using System.Net;
using Invoke.Domain.NetworkPolicies.Egress;

namespace Invoke.Application.Runtime.Egress;

/// <param name="Addresses">What the host resolved to (the literal itself for an IP), all checked when allowed.</param>
public sealed record EgressVerdict(EgressDecision Decision, IReadOnlyList<IPAddress> Addresses)
{
    public bool Allowed => Decision.Allowed;

    public string Reason => Decision.Reason;
}
