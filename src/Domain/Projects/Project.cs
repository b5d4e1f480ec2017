using Invoke.Domain.Common;

namespace Invoke.Domain.Projects;

public sealed class Project
{
    public const int NameMaxLength = 100;
    public const long DefaultKvStorageLimitBytes = 1_073_741_824;

    /// <summary>The "Default Project" every installation is seeded with.</summary>
    public static readonly Guid DefaultProjectId = Guid.Empty;

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = null!;

    public string? Description { get; private set; }

    public int? CreatedBy { get; private set; }

    public bool? IsActive { get; private set; }

    public long? KvStorageLimitBytes { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public string? Slug { get; private set; }

    /// <param name="slug">When null, derived from the name exactly as the database trigger would.</param>
    public static Project Create(
        string name,
        string? description,
        int? createdBy,
        long kvStorageLimitBytes = DefaultKvStorageLimitBytes,
        string? slug = null)
    {
        var validName = ValidName(name);
        return new Project
        {
            Id = Guid.CreateVersion7(),
            Name = validName,
            Description = Descriptions.Valid(description),
            CreatedBy = createdBy,
            IsActive = true,
            KvStorageLimitBytes = ValidKvStorageLimit(kvStorageLimitBytes),
            Slug = ProjectSlug.Validate(slug ?? ProjectSlug.FromName(validName)),
        };
    }

    /// <remarks>The slug is kept: renaming must not break the project's gateway URLs.</remarks>
    public void UpdateDetails(string name, string? description)
    {
        Name = ValidName(name);
        Description = Descriptions.Valid(description);
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void ChangeKvStorageLimit(long bytes) => KvStorageLimitBytes = ValidKvStorageLimit(bytes);

    private static string ValidName(string name) => Ensure.Required(name, "name", NameMaxLength);

    private static long ValidKvStorageLimit(long bytes) =>
        bytes > 0
            ? bytes
            : throw new InvalidValueException("kv_storage_limit_bytes", "kv_storage_limit_bytes must be positive");
}
