using System.Security.Cryptography;
using System.Text;

namespace Invoke.Application.Common.Security;

/// <summary>User API keys: 32 random bytes as 64 lowercase hex characters, stored only as their SHA-256 hex.</summary>
public static class ApiKeySecret
{
    public const int Length = 64;

    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    /// <remarks>
    /// Unsalted, as in the original: a 256-bit random key cannot be guessed from its hash, and the hash must be
    /// searchable.
    /// </remarks>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>
    /// Whether a presented credential can be a key at all. Every key ever issued has this form, so anything else is
    /// refused without a database lookup.
    /// </summary>
    public static bool IsWellFormed(string candidate) =>
        candidate.Length == Length && candidate.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
