using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Invoke.Domain.Common;

namespace Invoke.Domain.NetworkPolicies;

/// <summary>Checks that a policy's target value is well-formed for its target type.</summary>
public static partial class NetworkTarget
{
    public const int ValueMaxLength = 255;

    private const int HostNameMaxLength = 253;
    private const string WildcardPrefix = "*.";

    public static string Validate(string targetType, string targetValue)
    {
        Ensure.OneOf(targetType, "target_type", NetworkTargetType.All);
        var value = Ensure.Required(targetValue, "target_value", ValueMaxLength);
        return IsValid(targetType, value)
            ? value
            : throw new InvalidValueException("target_value", $"target_value '{value}' is not a valid {targetType}");
    }

    /// <summary>Whether <paramref name="value"/> is well-formed for <paramref name="targetType"/> (an unknown type is not).</summary>
    public static bool IsValid(string targetType, string value) => targetType switch
    {
        NetworkTargetType.Ip => IsAddress(value),
        NetworkTargetType.Cidr => IsCidr(value),
        NetworkTargetType.Domain => IsDomain(value),
        _ => false,
    };

    private static bool IsAddress(string value) =>
        value.Contains(':')
            ? !value.Contains('%') && IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6
            : DottedQuad().IsMatch(value) && IPAddress.TryParse(value, out _);

    private static bool IsCidr(string value)
    {
        var parts = value.Split('/');
        if (parts.Length != 2 || !IsAddress(parts[0]) || !PrefixDigits().IsMatch(parts[1]))
        {
            return false;
        }

        var maxPrefix = parts[0].Contains(':') ? 128 : 32;
        return int.Parse(parts[1], CultureInfo.InvariantCulture) <= maxPrefix;
    }

    private static bool IsDomain(string value)
    {
        var host = value.StartsWith(WildcardPrefix, StringComparison.Ordinal) ? value[WildcardPrefix.Length..] : value;
        if (host.Length > HostNameMaxLength)
        {
            return false;
        }

        var labels = host.Split('.');
        return labels.All(label => HostLabel().IsMatch(label)) && !labels[^1].All(char.IsAsciiDigit);
    }

    // Leading zeros are refused because some parsers read them as octal.
    [GeneratedRegex(@"^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}\z")]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^[0-9]{1,3}\z")]
    private static partial Regex PrefixDigits();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z")]
    private static partial Regex HostLabel();
}
