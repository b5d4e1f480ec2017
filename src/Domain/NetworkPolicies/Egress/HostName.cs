using System.Globalization;

namespace Invoke.Domain.NetworkPolicies.Egress;

public static class HostName
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Lower-case ASCII (IDNA) without a trailing dot: the one spelling domain rules and resolvers see.</summary>
    public static string Normalize(string name)
    {
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        try
        {
            return Idn.GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return trimmed.ToLowerInvariant();
        }
    }
}
