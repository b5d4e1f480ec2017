using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Networking;

/// <summary>The certificate check of every TLS connection a function opens: the system's roots plus the configured ones.</summary>
internal sealed class EgressTls(IOptions<EgressTlsOptions> options)
{
    public SslClientAuthenticationOptions ClientOptions(string serverName) => new()
    {
        TargetHost = serverName,
        RemoteCertificateValidationCallback = Validate,
    };

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var roots = options.Value.AdditionalTrustedRoots;
        if (roots.Count == 0 || certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
        return custom.Build(new X509Certificate2(certificate));
    }
}
