using FluentValidation;

namespace Invoke.Application.KeyValueStore;

/// <summary>The shape checks every key-value request shares; the entry itself checks length and content.</summary>
internal static class KvKeyRules
{
    public const long MaxTtlMilliseconds = 100L * 365 * 24 * 60 * 60 * 1000;

    public static IRuleBuilderOptions<T, string> ValidKvKey<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Key is required and must be a string");

    public static IRuleBuilderOptions<T, long?> ValidTtl<T>(this IRuleBuilder<T, long?> rule) =>
        rule.InclusiveBetween(0, MaxTtlMilliseconds)
            .WithMessage($"ttl must be a number of milliseconds between 0 (no expiry) and {MaxTtlMilliseconds}");
}
