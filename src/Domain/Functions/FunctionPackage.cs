namespace Invoke.Domain.Functions;

/// <summary>
/// The bytes of one version's package (a gzip tarball), stored in PostgreSQL beside the version row.
/// </summary>
public sealed class FunctionPackage
{
    /// <summary>Prefix of <see cref="FunctionVersion.PackagePath"/> for packages kept in this table.</summary>
    public const string PathPrefix = "db://function_packages/";

    private FunctionPackage()
    {
    }

    public Guid FunctionVersionId { get; private set; }

    public byte[] Content { get; private set; } = null!;

    public DateTime? CreatedAt { get; private set; }

    public static string PathFor(Guid functionVersionId) => PathPrefix + functionVersionId.ToString("D");

    internal static FunctionPackage Create(Guid functionVersionId, byte[] content) =>
        new() { FunctionVersionId = functionVersionId, Content = content };
}
