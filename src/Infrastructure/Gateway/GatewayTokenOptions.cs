namespace Invoke.Infrastructure.Gateway;

/// <summary>How the gateway fetches signing keys (configuration section <c>Invoke:Gateway</c>).</summary>
public sealed class GatewayTokenOptions
{
    public const string SectionName = "Invoke:Gateway";

    /// <summary>
    /// A token signed by a key id the cached key set lacks refetches the set, at most this often per set (a provider
    /// that rotated its keys is seen at once; random key ids cannot make the gateway hammer the provider).
    /// </summary>
    public TimeSpan JwksRefetchInterval { get; set; } = TimeSpan.FromSeconds(10);
}
