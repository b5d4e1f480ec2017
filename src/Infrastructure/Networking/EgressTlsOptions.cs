using System.Security.Cryptography.X509Certificates;

namespace Invoke.Infrastructure.Networking;

/// <summary>
/// Certificates functions' TLS connections trust besides the system's roots (configured in code: tests trust the
/// certificate of their own HTTPS fixture this way). Server names are always verified.
/// </summary>
public sealed class EgressTlsOptions
{
    public List<X509Certificate2> AdditionalTrustedRoots { get; } = [];
}
