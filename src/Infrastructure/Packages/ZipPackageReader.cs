using System.IO.Compression;
using System.IO.Hashing;

namespace Invoke.Infrastructure.Packages;

/// <summary>
/// Reads the entries of a zip, within an <see cref="ExtractionBudget"/>. An entry read to its end must match the CRC-32
/// of its header, so a header that understates the size (which cuts the content short) or damaged data is refused.
/// </summary>
internal static class ZipPackageReader
{
    // The file type bits of a Unix mode, which zips made on Unix keep in the high half of the external attributes.
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixRegularFile = 0x8000;
    private const int UnixDirectory = 0x4000;
    private const int UnixSymbolicLink = 0xA000;

    public static IEnumerable<ArchiveItem> Read(byte[] upload, ExtractionBudget budget)
    {
        using var input = new MemoryStream(upload, writable: false);
        using var archive = new ZipArchive(input, ZipArchiveMode.Read);
        budget.CheckEntryCount(archive.Entries.Count);

        foreach (var entry in archive.Entries)
        {
            budget.CountEntry();
            var path = PackageArchive.Normalised(entry.FullName);
            var fileType = (entry.ExternalAttributes >> 16) & UnixFileTypeMask;
            var isDirectory = entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\') || fileType == UnixDirectory;
            if (fileType == UnixSymbolicLink)
            {
                throw PackageArchive.Refused(entry.FullName, PackageArchive.LinkRefusal);
            }

            if (fileType is not (0 or UnixRegularFile or UnixDirectory))
            {
                throw PackageArchive.Refused(entry.FullName, PackageArchive.SpecialFileRefusal);
            }

            if (isDirectory)
            {
                yield return new ArchiveItem(path, IsDirectory: true, Stream.Null, entry.LastWriteTime);
                continue;
            }

            budget.Reserve(entry.Length);
            using var data = entry.Open();
            long read = 0;
            var declared = entry.Length;
            var expectedCrc = entry.Crc32;
            var crc = new Crc32();
            yield return new ArchiveItem(path, IsDirectory: false, new BudgetedReadStream(data, chunk =>
            {
                read += chunk.Length;
                if (read > declared)
                {
                    throw budget.TooLarge();
                }

                crc.Append(chunk);
                if (chunk.IsEmpty && crc.GetCurrentHashAsUInt32() != expectedCrc)
                {
                    throw new InvalidDataException($"The content of {entry.FullName} does not match its CRC-32.");
                }
            }), entry.LastWriteTime);
        }
    }
}
