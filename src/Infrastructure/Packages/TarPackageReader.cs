using System.Formats.Tar;
using System.IO.Compression;

namespace Invoke.Infrastructure.Packages;

/// <summary>Reads the entries of a gzip tarball, within an <see cref="ExtractionBudget"/>.</summary>
internal static class TarPackageReader
{
    public static IEnumerable<ArchiveItem> Read(byte[] package, ExtractionBudget budget)
    {
        using var input = new MemoryStream(package, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        long decompressed = 0;
        // Tar sizes are exact, so booking each header's size bounds the contents; this cap also bounds what the
        // headers themselves (PAX records, long names) can make the reader decompress.
        using var capped = new BudgetedReadStream(gzip, read =>
        {
            decompressed += read;
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
    }
}
