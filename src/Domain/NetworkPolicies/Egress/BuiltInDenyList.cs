using System.Net;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>
/// Addresses no function reaches whatever its project's rules say: they are checked before every rule. The operator may
/// lift whole categories for the platform (configuration, never a project rule), for example <c>loopback</c> in tests
/// that start their own servers. Invoke's own endpoints (its database and its listeners) are denied on their port
/// always, even with their category lifted.
/// </summary>
public sealed record BuiltInDenyList
{
    public const string Loopback = "loopback";
    public const string Private = "private";
    public const string LinkLocal = "link-local";
    public const string Metadata = "metadata";
    public const string ThisNetwork = "this-network";
    public const string SharedAddressSpace = "shared-address-space";
    public const string Multicast = "multicast";
    public const string Reserved = "reserved";
    public const string Nat64 = "nat64";
    public const string SixToFour = "6to4";
    public const string Teredo = "teredo";
    public const string UniqueLocal = "unique-local";

    private static readonly (string Category, AddressRange Range)[] Ranges =
    [
        (Metadata, AddressRange.Of("169.254.169.254/32")),
        (Metadata, AddressRange.Of("fd00:ec2::254/128")),
        (Loopback, AddressRange.Of("127.0.0.0/8")),
        (Loopback, AddressRange.Of("::1/128")),
        (Private, AddressRange.Of("10.0.0.0/8")),
        (Private, AddressRange.Of("172.16.0.0/12")),
        (Private, AddressRange.Of("192.168.0.0/16")),
        (LinkLocal, AddressRange.Of("169.254.0.0/16")),
        (LinkLocal, AddressRange.Of("fe80::/10")),
        (ThisNetwork, AddressRange.Of("0.0.0.0/8")),
        (ThisNetwork, AddressRange.Of("::/128")),
        (SharedAddressSpace, AddressRange.Of("100.64.0.0/10")),
        (Multicast, AddressRange.Of("224.0.0.0/4")),
        (Multicast, AddressRange.Of("ff00::/8")),
        (Reserved, AddressRange.Of("240.0.0.0/4")),
        (Reserved, AddressRange.Of("192.0.0.0/24")),
        (Reserved, AddressRange.Of("192.0.2.0/24")),
        (Reserved, AddressRange.Of("198.18.0.0/15")),
        (Reserved, AddressRange.Of("198.51.100.0/24")),
        (Reserved, AddressRange.Of("203.0.113.0/24")),
        (Reserved, AddressRange.Of("2001:db8::/32")),
        (Reserved, AddressRange.Of("100::/64")),
        (Reserved, AddressRange.Of("::/96")),
        (Nat64, AddressRange.Of("64:ff9b::/96")),
        (Nat64, AddressRange.Of("64:ff9b:1::/48")),
        (SixToFour, AddressRange.Of("2002::/16")),
        (Teredo, AddressRange.Of("2001::/32")),
        (UniqueLocal, AddressRange.Of("fc00::/7")),
    ];

    private readonly (string Category, AddressRange Range)[] _active;
    private readonly IPEndPoint[] _ownEndpoints;

    public BuiltInDenyList(IEnumerable<string> liftedCategories, IEnumerable<IPEndPoint> ownEndpoints)
    {
        var lifted = liftedCategories.Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var unknown = lifted.Except(Categories).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown built-in deny categories: {string.Join(", ", unknown)}", nameof(liftedCategories));
        }

        _active = Ranges.Where(entry => !lifted.Contains(entry.Category)).ToArray();
        _ownEndpoints = ownEndpoints.Select(e => new IPEndPoint(IpAddressText.Canonical(e.Address), e.Port)).ToArray();
    }

    public static IReadOnlyList<string> Categories { get; } = Ranges.Select(r => r.Category).Distinct().ToArray();

    public static BuiltInDenyList Complete { get; } = new([], []);

    /// <summary>Why the address is denied before any rule (<c>loopback (127.0.0.0/8)</c>), or null when it is not.</summary>
    public string? Match(IPAddress address, int? port)
    {
        var canonical = IpAddressText.Canonical(address);
        if (port is { } p && _ownEndpoints.Any(e => e.Port == p && e.Address.Equals(canonical)))
        {
            return $"Invoke's own endpoint ({canonical}:{p})";
        }

        foreach (var (category, range) in _active)
        {
            if (range.Contains(canonical))
            {
                return $"{category} ({range})";
            }
        }

        return null;
    }
}
