namespace Invoke.Domain.NetworkPolicies;

public static class NetworkTargetType
{
    public const int MaxLength = 10;

    /// <summary>One IPv4 or IPv6 address.</summary>
    public const string Ip = "ip";

    /// <summary>An address range, <c>address/prefix</c>.</summary>
    public const string Cidr = "cidr";

    /// <summary>A host name, optionally with a <c>*.</c> prefix matching its subdomains.</summary>
    public const string Domain = "domain";

    public static IReadOnlyList<string> All { get; } = [Ip, Cidr, Domain];
}
