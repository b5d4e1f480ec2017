using System.Security.Cryptography;

namespace Invoke.Infrastructure.Persistence.Seeding;

internal static class AdminPassword
{
    public const int Length = 16;
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*";

    // Each character is drawn uniformly from the alphabet; the original's "random byte % 70" favoured
    // its first 46 characters.
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
