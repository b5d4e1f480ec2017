namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>
/// A domain rule's target. <c>example.com</c> matches that name only; <c>*.example.com</c> matches every name below it at
/// any depth (<c>a.example.com</c>, <c>a.b.example.com</c>) but not <c>example.com</c> itself. Names compare
/// case-insensitively, without a trailing dot, after IDNA conversion to their ASCII form. No other glob syntax exists,
/// so a pattern cannot match more than it visibly says.
/// </summary>
public sealed record DomainPattern
{
    private const string WildcardPrefix = "*.";

    private readonly string _name;
    private readonly bool _subdomains;

    private DomainPattern(string name, bool subdomains)
    {
        _name = name;
        _subdomains = subdomains;
    }

    public static DomainPattern Parse(string pattern)
    {
        var subdomains = pattern.StartsWith(WildcardPrefix, StringComparison.Ordinal);
        return new DomainPattern(HostName.Normalize(subdomains ? pattern[WildcardPrefix.Length..] : pattern), subdomains);
    }

    public bool Matches(string hostName)
    {
        var host = HostName.Normalize(hostName);
        return _subdomains
            ? host.Length > _name.Length + 1 && host.EndsWith("." + _name, StringComparison.Ordinal)
            : host == _name;
    }
}
