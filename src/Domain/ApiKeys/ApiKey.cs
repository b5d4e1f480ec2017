using Invoke.Domain.Common;

namespace Invoke.Domain.ApiKeys;

/// <summary>A user's key for the admin API (the CLI's credential). Only its SHA-256 hash is stored.</summary>
public sealed class ApiKey
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
            KeyHash = Ensure.Sha256Hex(keyHash, "key_hash"),
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
}
