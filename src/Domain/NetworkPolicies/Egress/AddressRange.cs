using System.Globalization;
using System.Net;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>An address range <c>address/prefix</c>; containment compares bits of canonical addresses of one family.</summary>
public sealed record AddressRange
{
    private readonly byte[] _network;

    private AddressRange(IPAddress network, int prefixLength)
    {
        _network = network.GetAddressBytes();
        PrefixLength = prefixLength;
        Network = network;
    }

    public IPAddress Network { get; }

    public int PrefixLength { get; }

    /// <summary>A CIDR such as <c>10.0.0.0/8</c> or <c>fc00::/7</c>; a bare address is the range of that one address.</summary>
    public static AddressRange? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = IpAddressText.Parse(slash < 0 ? text : text[..slash]);
        if (address is null)
        {
            return null;
        }

        var bits = address.GetAddressBytes().Length * 8;
        var prefix = bits;
        if (slash >= 0)
        {
            var prefixText = text[(slash + 1)..];
            if (prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit))
            {
                return null;
            }

            prefix = int.Parse(prefixText, CultureInfo.InvariantCulture);
            // A mapped IPv6 prefix (::ffff:10.0.0.0/104) is read in IPv4 terms, like its address.
            if (text[..slash].Contains(':') && bits == 32)
            {
                prefix -= 96;
            }

            if (prefix < 0 || prefix > bits)
            {
                return null;
            }
        }

        return new AddressRange(address, prefix);
    }

    public static AddressRange Of(string cidr) =>
        Parse(cidr) ?? throw new ArgumentException($"Not a CIDR: {cidr}", nameof(cidr));

    public bool Contains(IPAddress address)
    {
        var bytes = IpAddressText.Canonical(address).GetAddressBytes();
        if (bytes.Length != _network.Length)
        {
            return false;
        }

        var fullBytes = PrefixLength / 8;
        for (var i = 0; i < fullBytes; i++)
        {
            if (bytes[i] != _network[i])
            {
                return false;
            }
        }

        var remainingBits = PrefixLength % 8;
        if (remainingBits == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - remainingBits));
        return (bytes[fullBytes] & mask) == (_network[fullBytes] & mask);
    }

    public override string ToString() => $"{Network}/{PrefixLength}";
}
