using System.Buffers.Binary;
using System.Formats.Tar;
using System.IO.Compression;
using System.IO.Hashing;

namespace Invoke.Infrastructure.Packages;

/// <summary>
/// Reads the entries of a gzip tarball, within an <see cref="ExtractionBudget"/>, and checks the gzip trailer once the
/// last entry has been read: a stream cut short decompresses without complaint, so only the trailer proves it whole.
/// </summary>
internal static class TarPackageReader
{
    public static IEnumerable<ArchiveItem> Read(byte[] package, ExtractionBudget budget)
    {
        using var input = new MemoryStream(package, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        long decompressed = 0;
        var crc = new Crc32();
        // Tar sizes are exact, so booking each header's size bounds the contents; this cap also bounds what the
        // headers themselves (PAX records, long names) can make the reader decompress.
        using var capped = new BudgetedReadStream(gzip, chunk =>
        {
            decompressed += chunk.Length;
            crc.Append(chunk);
            if (decompressed > budget.MaxTarStreamBytes)
            {
                throw budget.TooLarge();
            }
        });
        using var reader = new TarReader(capped);

        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType == TarEntryType.GlobalExtendedAttributes)
            {
                continue;
            }

            budget.CountEntry();
            var path = PackageArchive.Normalised(entry.Name);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    yield return new ArchiveItem(path, IsDirectory: true, Stream.Null, entry.ModificationTime);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    budget.Reserve(entry.Length);
                    yield return new ArchiveItem(path, IsDirectory: false, entry.DataStream ?? Stream.Null, entry.ModificationTime);
                    break;
                case TarEntryType.SymbolicLink or TarEntryType.HardLink:
                    throw PackageArchive.Refused(entry.Name, PackageArchive.LinkRefusal);
                default:
                    throw PackageArchive.Refused(entry.Name, PackageArchive.SpecialFileRefusal);
            }
        }

        capped.CopyTo(Stream.Null);
        CheckTrailer(package, crc.GetCurrentHashAsUInt32(), decompressed);
    }

    /// <summary>
    /// The last eight bytes of a gzip file are the CRC-32 and the length (mod 2^32) of everything it decompresses to.
    /// That holds for the single-member files every packing tool writes; a file of several concatenated members is
    /// refused as well (docs/compatibility.md).
    /// </summary>
    private static void CheckTrailer(byte[] package, uint crc, long decompressed)
    {
        const int TrailerLength = 8;
        if (package.Length < TrailerLength)
        {
            throw new InvalidDataException("The gzip stream has no trailer.");
        }

        var trailer = package.AsSpan(package.Length - TrailerLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) != crc
            || BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) != (uint)decompressed)
        {
            throw new InvalidDataException("The gzip stream ends before its trailer.");
        }
    }
}
