using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Invoke.Application.Common.Security;

/// <summary>
/// Refresh tokens as clients hold them: <c>&lt;row id, 32 hex&gt;.&lt;secret, 64 hex&gt;</c>. The secret is 32 random
/// bytes and only its SHA-256 is stored; the id finds the row, so the secret is compared in memory, in constant time,
/// and never used as a search key.
/// </summary>
public static class RefreshTokenSecret
{
    private const int SecretLength = 64;
    private const char Separator = '.';

    private static readonly SearchValues<char> LowercaseHexDigits = SearchValues.Create("0123456789abcdef");

    public static string GenerateSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretLength / 2));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    public static string Compose(Guid tokenId, string secret) => $"{tokenId:N}{Separator}{secret}";

    /// <summary>Whether <paramref name="token"/> has the form of a refresh token, with its two parts.</summary>
    public static bool TryParse(string? token, out Guid tokenId, [NotNullWhen(true)] out string? secret)
    {
        tokenId = Guid.Empty;
        secret = null;
        var separator = token?.IndexOf(Separator) ?? -1;
        if (separator < 0
            || !Guid.TryParseExact(token.AsSpan(0, separator), "N", out tokenId)
            || token!.Length - separator - 1 != SecretLength
            || token.AsSpan(separator + 1).ContainsAnyExcept(LowercaseHexDigits))
        {
            return false;
        }

        secret = token[(separator + 1)..];
        return true;
    }
}
