using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Infrastructure.Identity;

/// <summary>The secret that signs session tokens (<c>JWT_SECRET</c>, HS256).</summary>
public sealed class JwtOptions
{
    public const string SecretKey = "JWT_SECRET";

    /// <summary>HS256 needs a key of at least 256 bits.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>
    /// Secrets anyone can read: the original's fallback and the values its example configuration files ship with.
    /// A deployment that copied one of them signs tokens every reader of those files can forge.
    /// </summary>
    public static readonly IReadOnlySet<string> PublishedSecrets = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "default-secret",
        "your_jwt_secret_change_in_production",
        "your_super_secret_jwt_key_change_this_in_production",
    };

    public string Secret { get; set; } = string.Empty;

    /// <summary>The HS256 key: the secret's UTF-8 bytes, as jsonwebtoken uses a string secret.</summary>
    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(Secret));
}
