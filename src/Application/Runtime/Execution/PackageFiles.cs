using System.Collections.Frozen;
using Invoke.Application.Functions.Packages;

namespace Invoke.Application.Runtime.Execution;

/// <summary>
/// The extracted files of one package version, held in memory and shared by every invocation of that version. Paths are
/// relative to the package root, <c>/</c>-separated, without a leading slash.
/// </summary>
public sealed class PackageFiles
{
    private readonly FrozenDictionary<string, byte[]> _files;
    private readonly FrozenSet<string> _directories;
    private readonly Lazy<FrozenDictionary<string, (string Name, bool IsDirectory)[]>> _listings;

    private PackageFiles(string hash, FrozenDictionary<string, byte[]> files, FrozenSet<string> directories)
    {
        Hash = hash;
        _files = files;
        _directories = directories;
        _listings = new Lazy<FrozenDictionary<string, (string Name, bool IsDirectory)[]>>(ListDirectories);
        SizeBytes = files.Values.Sum(content => (long)content.Length);
    }

    /// <summary>The version's package hash: equal hashes mean equal files, so compiled code may be shared by it.</summary>
    public string Hash { get; }

    public long SizeBytes { get; }

    public static PackageFiles From(string hash, IEnumerable<PackageEntry> entries)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var directories = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var entry in entries)
        {
            var path = entry.Path.Trim('/');
            if (entry.Content is { } content)
            {
                files[path] = content;
            }
            else
            {
                directories.Add(path);
            }

            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                directories.Add(path[..slash]);
            }
        }

        return new PackageFiles(hash, files.ToFrozenDictionary(StringComparer.Ordinal), directories.ToFrozenSet(StringComparer.Ordinal));
    }

    public byte[]? Read(string path) => _files.GetValueOrDefault(path);

    public bool IsFile(string path) => _files.ContainsKey(path);

    public bool IsDirectory(string path) => _directories.Contains(path);

    /// <summary>The names directly inside <paramref name="directory"/>, in ordinal order, each with whether it is a directory.</summary>
    public IReadOnlyList<(string Name, bool IsDirectory)> List(string directory) =>
        _listings.Value.GetValueOrDefault(directory) ?? [];

    // Built on the first listing: most packages are never listed.
    private FrozenDictionary<string, (string Name, bool IsDirectory)[]> ListDirectories() =>
        _files.Keys.Select(path => (Path: path, IsDirectory: false))
            .Concat(_directories.Where(path => path.Length > 0).Select(path => (Path: path, IsDirectory: true)))
            .GroupBy(entry => entry.Path.LastIndexOf('/') is >= 0 and var slash ? entry.Path[..slash] : "", StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.Select(entry => (Name: entry.Path[(entry.Path.LastIndexOf('/') + 1)..], entry.IsDirectory)).OrderBy(entry => entry.Name, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
}
