using System.Text.RegularExpressions;
using Invoke.Domain.Common;

namespace Invoke.Domain.ApiKeys;

/// <summary>A user's key for the admin API (the CLI's credential). Only its SHA-256 hash is stored.</summary>
public sealed partial class ApiKey
{
    public const int NameMaxLength = 100;
    public const int KeyHashLength = 64;

    private ApiKey()
    {
    }

    public int Id { get; private set; }

    public string KeyHash { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public int? CreatedBy { get; private set; }

    public bool? IsActive { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? LastUsed { get; private set; }

    public int? UsageCount { get; private set; }

    /// <param name="keyHash">Lowercase hex SHA-256 of the key shown once to the user.</param>
    public static ApiKey Create(string name, string keyHash, int? createdBy) =>
        new()
        {
            KeyHash = keyHash is not null && Sha256Hex().IsMatch(keyHash)
                ? keyHash
                : throw new InvalidValueException("key_hash", "key_hash must be a lowercase hex SHA-256 digest"),
            Name = Ensure.Required(name, "name", NameMaxLength),
            CreatedBy = createdBy,
            IsActive = true,
            UsageCount = 0,
        };

    public void RecordUse(DateTime at)
    {
        LastUsed = Ensure.Utc(at, "last_used");
        UsageCount = (UsageCount ?? 0) + 1;
    }

    public void Revoke() => IsActive = false;

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex Sha256Hex();
}
