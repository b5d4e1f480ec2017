namespace Invoke.Infrastructure.Identity;

/// <summary><paramref name="Count"/> uses of one key, the last at <paramref name="LastUsed"/> (UTC).</summary>
internal sealed record ApiKeyUsage(int ApiKeyId, int Count, DateTime LastUsed);
