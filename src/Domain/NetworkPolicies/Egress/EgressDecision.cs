using System.Net;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <param name="Address">The address that decided: the first one denied, or the first one allowed.</param>
public sealed record EgressDecision(bool Allowed, string Reason, IPAddress? Address)
{
    public const string DefaultDenyReason = "No matching policy rule - default deny";
    public const string UnresolvedReason = "The host name did not resolve to any address";
}
