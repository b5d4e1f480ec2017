using System.Security.Cryptography;

namespace Invoke.Domain.Functions;

/// <summary>
/// Generates the per-function invocation key: 32 bytes from the operating system's cryptographic generator as 64
/// lowercase hex characters, the format the original uses on create (its regenerate path used Math.random).
/// </summary>
public static class FunctionApiKey
{
    public const int Length = 64;

    public static string Generate() => RandomNumberGenerator.GetHexString(Length, lowercase: true);
}
