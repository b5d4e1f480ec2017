using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>
/// Reads an IP address the way connecting code would, so that a rule cannot be evaded by spelling: IPv4 in every form
/// <c>inet_aton</c> and the WHATWG URL parser accept (<c>127.1</c>, <c>0x7f.1</c>, <c>017700000001</c>,
/// <c>2130706433</c>), IPv6 with or without brackets, and IPv4-mapped IPv6 (<c>::ffff:127.0.0.1</c>) read as the IPv4
/// address it carries. Zone ids (<c>fe80::1%eth0</c>) are refused: they name an interface, not a host.
/// </summary>
public static class IpAddressText
{
    public static IPAddress? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        if (value.Contains(':'))
        {
            return !value.Contains('%') && IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6
                ? Canonical(v6)
                : null;
        }

        return ParseIPv4(value);
    }

    /// <summary>The address as rules compare it: IPv4-mapped IPv6 becomes IPv4, and no scope id is kept.</summary>
    public static IPAddress Canonical(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0
            ? new IPAddress(address.GetAddressBytes())
            : address;
    }

    // One trailing dot is allowed, as in URLs; every part is decimal, octal (leading 0) or hex (0x); the last part fills
    // the bytes the others left.
    private static IPAddress? ParseIPv4(string value)
    {
        var parts = (value.EndsWith('.') ? value[..^1] : value).Split('.');
        if (parts.Length is 0 or > 4)
        {
            return null;
        }

        var numbers = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (ParsePart(parts[i]) is not { } number)
            {
                return null;
            }

            numbers[i] = number;
        }

        for (var i = 0; i < numbers.Length - 1; i++)
        {
            if (numbers[i] > 255)
            {
                return null;
            }
        }

        var lastBits = 8 * (5 - numbers.Length);
        if (numbers[^1] >= 1UL << lastBits)
        {
            return null;
        }

        ulong result = numbers[^1];
        for (var i = 0; i < numbers.Length - 1; i++)
        {
            result |= numbers[i] << (8 * (3 - i));
        }

        return new IPAddress([(byte)(result >> 24), (byte)(result >> 16), (byte)(result >> 8), (byte)result]);
    }

    private static ulong? ParsePart(string part)
    {
        if (part.Length == 0 || part.Length > 34)
        {
            return null;
        }

        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var hex = part[2..];
            return hex.Length == 0 ? 0
                : hex.All(char.IsAsciiHexDigit) && ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h
                : null;
        }

        if (part.Length > 1 && part[0] == '0')
        {
            return part.All(c => c is >= '0' and <= '7') ? Octal(part) : null;
        }

        return part.All(char.IsAsciiDigit) && ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static ulong? Octal(string digits)
    {
        ulong value = 0;
        foreach (var digit in digits)
        {
            if (value > ulong.MaxValue >> 3)
            {
                return null;
            }

            value = (value << 3) + (uint)(digit - '0');
        }

        return value;
    }
}
