using System.Text;
using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;

namespace Invoke.Application.Functions.Versions;

/// <summary>Converts between a package's flat entries and the nested file tree of the source editor.</summary>
public static class SourceTree
{
    public const string FilesField = "files";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The tree of <paramref name="entries"/>: directories first, then files, each sorted by name (ordinal), so the
    /// same package always gives the same tree. Directories only implied by file paths get a node too.
    /// </summary>
    public static IReadOnlyList<SourceNodeDto> Build(IReadOnlyCollection<PackageEntry> entries)
    {
        var files = entries.Where(e => !e.IsDirectory).ToList();
        var directories = entries.Where(e => e.IsDirectory).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var parent = PackagePath.Parent(file.Path); parent.Length > 0; parent = PackagePath.Parent(parent))
            {
                directories.Add(parent);
            }
        }

        var directoriesByParent = directories.ToLookup(PackagePath.Parent, StringComparer.Ordinal);
        var filesByParent = files.ToLookup(f => PackagePath.Parent(f.Path), StringComparer.Ordinal);

        IReadOnlyList<SourceNodeDto> Children(string directory) =>
            directoriesByParent[directory].Order(StringComparer.Ordinal)
                .Select(path => new SourceNodeDto
                {
                    Name = PackagePath.Name(path),
                    Path = path,
                    Type = SourceNodeDto.DirectoryType,
                    Children = Children(path),
                })
                .Concat(filesByParent[directory].OrderBy(f => f.Path, StringComparer.Ordinal).Select(FileNode))
                .ToList();

        return Children(string.Empty);
    }

    /// <summary>
    /// The entries of an edited tree. Each node's <c>path</c> is used (or its parent's path and its <c>name</c> when it
    /// has none) and must pass <see cref="PackagePath"/>. File nodes without content are left out, as the original does.
    /// </summary>
    /// <exception cref="ValidationException">A node has an unusable path, type, encoding or content.</exception>
    public static IReadOnlyList<PackageEntry> Flatten(IReadOnlyList<SourceNodeDto> nodes)
    {
        var entries = new List<PackageEntry>();
        Flatten(nodes, string.Empty, entries);
        return entries;
    }

    private static void Flatten(IReadOnlyList<SourceNodeDto?> nodes, string parent, List<PackageEntry> entries)
    {
        foreach (var node in nodes)
        {
            if (node is null)
            {
                throw Invalid("A file tree node is null.");
            }

            switch (node.Type)
            {
                case SourceNodeDto.DirectoryType:
                    var directory = PathOf(node, parent);
                    entries.Add(PackageEntry.Directory(directory));
                    Flatten(node.Children ?? [], directory, entries);
                    break;
                case SourceNodeDto.FileType when node.Content is not null:
                    entries.Add(PackageEntry.File(PathOf(node, parent), ContentOf(node)));
                    break;
                case SourceNodeDto.FileType:
                    break;
                default:
                    throw Invalid($"File tree node \"{node.Path ?? node.Name}\" has type \"{node.Type}\"; expected \"file\" or \"directory\".");
            }
        }
    }

    private static SourceNodeDto FileNode(PackageEntry file)
    {
        var content = file.Content!;
        var text = AsText(content);
        return new SourceNodeDto
        {
            Name = PackagePath.Name(file.Path),
            Path = file.Path,
            Type = SourceNodeDto.FileType,
            Content = text ?? Convert.ToBase64String(content),
            Size = content.LongLength,
            Encoding = text is null ? SourceNodeDto.Base64Encoding : SourceNodeDto.Utf8Encoding,
        };
    }

    /// <summary>The bytes as text when they are valid UTF-8 without NUL characters, which text files never hold.</summary>
    private static string? AsText(byte[] content)
    {
        if (content.AsSpan().Contains((byte)0))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string PathOf(SourceNodeDto node, string parent)
    {
        var raw = node.Path ?? (node.Name is null ? null : parent.Length == 0 ? node.Name : $"{parent}/{node.Name}");
        return PackagePath.TryNormalise(raw, out var path, out var reason) && path.Length > 0
            ? path
            : throw Invalid($"File path \"{raw}\" {(reason.Length > 0 ? reason : "names the package root")}.");
    }

    private static byte[] ContentOf(SourceNodeDto node)
    {
        switch (node.Encoding)
        {
            case null or SourceNodeDto.Utf8Encoding:
                try
                {
                    return StrictUtf8.GetBytes(node.Content!);
                }
                catch (EncoderFallbackException)
                {
                    throw Invalid($"File \"{node.Path ?? node.Name}\" is not valid Unicode text.");
                }

            case SourceNodeDto.Base64Encoding:
                try
                {
                    return Convert.FromBase64String(node.Content!);
                }
                catch (FormatException)
                {
                    throw Invalid($"File \"{node.Path ?? node.Name}\" is not valid base64.");
                }

            default:
                throw Invalid($"File \"{node.Path ?? node.Name}\" has encoding \"{node.Encoding}\"; expected \"utf-8\" or \"base64\".");
        }
    }

    // An array, not a one-element collection expression (see PackageArchive).
    private static ValidationException Invalid(string message) => new(new[] { new ValidationFailure(FilesField, message) });
}
