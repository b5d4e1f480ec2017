namespace Invoke.Application.Functions.Packages;

/// <summary>
/// Reads and writes function packages: gzip tarballs, as the original platform stores them. Every method enforces
/// <see cref="PackageOptions"/> and the path rules of <see cref="PackagePath"/>; a refused archive raises a
/// <c>ValidationException</c> (400), an archive over a size or entry limit a <c>PayloadTooLargeException</c> (413).
/// </summary>
public interface IPackageArchive
{
    /// <summary>
    /// Checks an uploaded zip or gzip tarball (recognised by content, not by name) and returns the package to store:
    /// a valid tarball as uploaded, a zip converted to a tarball.
    /// </summary>
    byte[] Normalise(byte[] upload);

    /// <summary>The files and directories of a stored package.</summary>
    IReadOnlyList<PackageEntry> Read(byte[] package);

    /// <summary>A gzip tarball of the entries (directories that hold files need no entry of their own).</summary>
    byte[] CreatePackage(IReadOnlyCollection<PackageEntry> entries);

    /// <summary>A zip of the entries, for download.</summary>
    byte[] CreateZip(IReadOnlyCollection<PackageEntry> entries);
}
