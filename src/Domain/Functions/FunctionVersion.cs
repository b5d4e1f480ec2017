using System.Security.Cryptography;

namespace Invoke.Domain.Functions;

/// <summary>One uploaded package of a function. Created only through <see cref="Function.AddVersion"/>.</summary>
public sealed class FunctionVersion
{
    public const int PackagePathMaxLength = 500;
    public const int PackageHashLength = 64;

    private FunctionVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid FunctionId { get; private set; }

    public int Version { get; private set; }

    public long FileSize { get; private set; }

    /// <summary>
    /// <see cref="FunctionPackage.PathFor"/> for packages stored by Invoke; an object-store key for
    /// versions uploaded through the original platform.
    /// </summary>
    public string? PackagePath { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the stored package.</summary>
    public string PackageHash { get; private set; } = null!;

    public DateTime? CreatedAt { get; private set; }

    public int? CreatedBy { get; private set; }

    /// <summary>Null for versions whose bytes live outside the database (original platform uploads).</summary>
    public FunctionPackage? Package { get; private set; }

    internal static FunctionVersion Create(Guid functionId, int version, byte[] package, int? createdBy)
    {
        var id = Guid.CreateVersion7();
        return new FunctionVersion
        {
            Id = id,
            FunctionId = functionId,
            Version = version,
            FileSize = package.LongLength,
            PackagePath = FunctionPackage.PathFor(id),
            PackageHash = Convert.ToHexStringLower(SHA256.HashData(package)),
            CreatedBy = createdBy,
            Package = FunctionPackage.Create(id, package),
        };
    }
}
