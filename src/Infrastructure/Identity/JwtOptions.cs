namespace Invoke.Infrastructure.Identity;

/// <summary>The secret that signs session tokens (<c>JWT_SECRET</c>, HS256).</summary>
public sealed class JwtOptions
{
    public const string SecretKey = "JWT_SECRET";

    /// <summary>HS256 needs a key of at least 256 bits.</summary>
    public const int MinimumSecretLength = 32;

    public string Secret { get; set; } = string.Empty;
}
