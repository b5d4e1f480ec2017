using System.Security.Cryptography;
using System.Text;

namespace Invoke.Domain.Functions;

public enum InvocationKeyVerdict
{
    Accepted,
    Missing,
    Invalid,
}

/// <summary>
/// Whether a caller may invoke a function: a key is needed only when the function requires one and has one, and the
/// presented key is compared in constant time (over digests, so that neither content nor length leaks through timing).
/// </summary>
public static class InvocationKey
{
    public static InvocationKeyVerdict Check(bool requiresApiKey, string? functionKey, string? presentedKey)
    {
        if (!requiresApiKey || string.IsNullOrEmpty(functionKey))
        {
            return InvocationKeyVerdict.Accepted;
        }

        if (string.IsNullOrEmpty(presentedKey))
        {
            return InvocationKeyVerdict.Missing;
        }

        return CryptographicOperations.FixedTimeEquals(Digest(functionKey), Digest(presentedKey))
            ? InvocationKeyVerdict.Accepted
            : InvocationKeyVerdict.Invalid;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
