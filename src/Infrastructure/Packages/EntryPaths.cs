using Invoke.Application.Functions.Packages;

namespace Invoke.Infrastructure.Packages;

/// <summary>
/// The paths seen so far in one archive: refuses a path that repeats, or that would be a file and a directory at once
/// (<c>a</c> as a file and <c>a/b</c>), since extracting either would silently overwrite the other.
/// </summary>
internal sealed class EntryPaths
{
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    public int FileCount => _files.Count;

    public void AddFile(string path)
    {
        if (_files.Contains(path) || _directories.Contains(path))
        {
            throw PackageArchive.Refused(path, _files.Contains(path) ? "appears more than once" : "is both a file and a directory");
        }

        AddAncestors(path);
        _files.Add(path);
    }

    public void AddDirectory(string path)
    {
        if (_files.Contains(path))
        {
            throw PackageArchive.Refused(path, "is both a file and a directory");
        }

        AddAncestors(path);
        _directories.Add(path);
    }

    private void AddAncestors(string path)
    {
        for (var parent = PackagePath.Parent(path); parent.Length > 0; parent = PackagePath.Parent(parent))
        {
            if (_files.Contains(parent))
            {
                throw PackageArchive.Refused(parent, "is both a file and a directory");
            }

            _directories.Add(parent);
        }
    }
}
