using System.Globalization;

namespace Invoke.Domain.NetworkPolicies.Egress;

/// <summary>The ports a rule applies to: one port or an inclusive range. A rule without one applies to every port.</summary>
public sealed record PortRange(int From, int To)
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary><c>443</c> or <c>8000-8100</c>; null when the text is neither or lies outside 1-65535.</summary>
    public static PortRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 2 || parts.Any(p => p.Length is 0 or > 5 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var to = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : from;
        return from is >= MinPort and <= MaxPort && to is >= MinPort and <= MaxPort && from <= to ? new PortRange(from, to) : null;
    }

    public bool Contains(int port) => port >= From && port <= To;

    public override string ToString() => From == To
        ? From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From}-{To}");
}
