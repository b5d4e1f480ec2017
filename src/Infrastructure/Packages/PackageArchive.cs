using System.Formats.Tar;
using System.IO.Compression;
using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Packages;

/// <summary>
/// Function packages with the BCL only (<see cref="ZipArchive"/>, <see cref="GZipStream"/>, System.Formats.Tar).
/// Archives are read entry by entry within an <see cref="ExtractionBudget"/>; only regular files and directories with
/// paths accepted by <see cref="PackagePath"/> get through, links of any kind are refused (see docs/adr/0017).
/// </summary>
internal sealed class PackageArchive(IOptions<PackageOptions> options, TimeProvider timeProvider) : IPackageArchive
{
    public const string InvalidFileType = "Invalid file type. Only .zip, .tar.gz, and .tgz files are allowed.";
    public const string CorruptArchive = "The archive is corrupt or incomplete.";
    public const string EmptyArchive = "The archive contains no files.";
    public const string LinkRefusal = "is a link; packages may not contain links";
    public const string SpecialFileRefusal = "is not a regular file or directory";

    private const string Field = "package";
    private const UnixFileMode FileMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode DirectoryMode = FileMode |
        UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private static readonly byte[] GzipMagic = [0x1F, 0x8B];
    private static readonly byte[][] ZipMagics = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08]];

    private enum Format
    {
        Unknown,
        Tarball,
        Zip,
    }

    public byte[] Normalise(byte[] upload)
    {
        if (upload.LongLength > options.Value.MaxArchiveBytes)
        {
            throw new PayloadTooLargeException(options.Value.ArchiveTooLargeMessage);
        }

        return DetectFormat(upload) switch
        {
            // Stored as uploaded once every entry has passed, so the hash is the one the client can compute itself.
            Format.Tarball => Guarded(() => CheckEveryEntry(upload)),
            Format.Zip => Guarded(() => WriteTarball(Items(upload, Format.Zip)
                .Select(item => (item.Path, item.IsDirectory ? null : item.ReadContent(), item.ModifiedAt)))),
            _ => throw Invalid(InvalidFileType),
        };
    }

    public IReadOnlyList<PackageEntry> Read(byte[] package)
    {
        var format = DetectFormat(package);
        if (format == Format.Unknown)
        {
            throw Invalid(InvalidFileType);
        }

        return Guarded(() => Items(package, format)
            .Select(item => item.IsDirectory ? PackageEntry.Directory(item.Path) : PackageEntry.File(item.Path, item.ReadContent()))
            .ToList());
    }

    public byte[] CreatePackage(IReadOnlyCollection<PackageEntry> entries)
    {
        Check(entries);
        var now = timeProvider.GetUtcNow();
        return WriteTarball(entries.Select(entry => (entry.Path, entry.Content, now)));
    }

    public byte[] CreateZip(IReadOnlyCollection<PackageEntry> entries)
    {
        Check(entries);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                if (entry.Content is null)
                {
                    zip.CreateEntry(entry.Path + "/");
                    continue;
                }

                using var data = zip.CreateEntry(entry.Path, CompressionLevel.SmallestSize).Open();
                data.Write(entry.Content);
            }
        }

        return output.ToArray();
    }

    internal static string Normalised(string rawPath) =>
        PackagePath.TryNormalise(rawPath, out var path, out var reason) ? path : throw Refused(rawPath, reason);

    internal static ValidationException Refused(string rawPath, string reason) =>
        Invalid($"Archive entry \"{rawPath}\" {reason}.");

    // An array, not a one-element collection expression: that one makes the compiler emit a helper type outside the
    // assembly namespace, which the architecture rules refuse.
    private static ValidationException Invalid(string message) => new(new[] { new ValidationFailure(Field, message) });

    private static Format DetectFormat(byte[] bytes) =>
        bytes.AsSpan().StartsWith(GzipMagic) ? Format.Tarball
        : ZipMagics.Any(magic => bytes.AsSpan().StartsWith(magic)) ? Format.Zip
        : Format.Unknown;

    /// <summary>Turns the errors of a damaged archive, whichever reader finds them, into one 400.</summary>
    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or FormatException
            or NotSupportedException or OverflowException or InvalidOperationException)
        {
            throw Invalid(CorruptArchive);
        }
    }

    private byte[] CheckEveryEntry(byte[] tarball)
    {
        // Reading the entries is what checks them; nothing read is kept.
        _ = Items(tarball, Format.Tarball).Count();
        return tarball;
    }

    private IEnumerable<ArchiveItem> Items(byte[] archive, Format format)
    {
        var budget = new ExtractionBudget(options.Value);
        var paths = new EntryPaths();
        var items = format == Format.Zip ? ZipPackageReader.Read(archive, budget) : TarPackageReader.Read(archive, budget);
        foreach (var item in items)
        {
            // "./" names the root itself, which every package has anyway.
            if (item.Path.Length == 0)
            {
                continue;
            }

            if (item.IsDirectory)
            {
                paths.AddDirectory(item.Path);
            }
            else
            {
                paths.AddFile(item.Path);
            }

            yield return item;
        }

        if (paths.FileCount == 0)
        {
            throw Invalid(EmptyArchive);
        }
    }

    /// <summary>Applies to built packages the rules uploads get, so no path can turn a package into an escape.</summary>
    private void Check(IReadOnlyCollection<PackageEntry> entries)
    {
        var budget = new ExtractionBudget(options.Value);
        var paths = new EntryPaths();
        budget.CheckEntryCount(entries.Count);
        foreach (var entry in entries)
        {
            if (Normalised(entry.Path) != entry.Path || entry.Path.Length == 0)
            {
                throw Refused(entry.Path, "is not a normalised relative path");
            }

            if (entry.Content is null)
            {
                paths.AddDirectory(entry.Path);
            }
            else
            {
                budget.Reserve(entry.Content.LongLength);
                paths.AddFile(entry.Path);
            }
        }

        if (paths.FileCount == 0)
        {
            throw Invalid(EmptyArchive);
        }
    }

    private static byte[] WriteTarball(IEnumerable<(string Path, byte[]? Content, DateTimeOffset ModifiedAt)> entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, content, modifiedAt) in entries)
            {
                var entry = content is null
                    ? new PaxTarEntry(TarEntryType.Directory, path + "/") { Mode = DirectoryMode }
                    : new PaxTarEntry(TarEntryType.RegularFile, path) { Mode = FileMode, DataStream = new MemoryStream(content) };
                entry.ModificationTime = modifiedAt;
                tar.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }
}
