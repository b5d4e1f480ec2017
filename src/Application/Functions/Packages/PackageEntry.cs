namespace Invoke.Application.Functions.Packages;

/// <summary>A file or directory of a package. <see cref="Path"/> is relative, <c>/</c>-separated and normalised.</summary>
public sealed record PackageEntry(string Path, byte[]? Content)
{
    public bool IsDirectory => Content is null;

    public static PackageEntry Directory(string path) => new(path, null);

    public static PackageEntry File(string path, byte[] content) => new(path, content);
}
