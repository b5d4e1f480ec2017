using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;

namespace Invoke.Infrastructure.Packages;

/// <summary>
/// Counts what one archive has produced so far and stops it the moment it goes over <see cref="PackageOptions"/>.
/// Entry sizes are booked as their headers announce them, before anything is read; the readers make sure no entry
/// yields more than it announced, because a crafted header can lie.
/// </summary>
internal sealed class ExtractionBudget(PackageOptions options)
{
    // Tar headers, PAX records and block padding come on top of the file contents: at most a few blocks per entry.
    private const long TarOverheadPerEntry = 4096;
    private const long TarTrailer = 64 * 1024;

    private int _entries;
    private long _bytes;

    /// <summary>The most bytes the decompressed tar stream of a package within budget can have.</summary>
    public long MaxTarStreamBytes => options.MaxUncompressedBytes + (options.MaxEntries * TarOverheadPerEntry) + TarTrailer;

    public void CountEntry()
    {
        if (++_entries > options.MaxEntries)
        {
            throw TooManyEntries();
        }
    }

    /// <summary>Refuses an archive whose directory already lists too many entries, before reading any.</summary>
    public void CheckEntryCount(int count)
    {
        if (count > options.MaxEntries)
        {
            throw TooManyEntries();
        }
    }

    /// <summary>
    /// Books the size a header announces, before any of it is read. Readers must not let an entry yield more than
    /// it announced.
    /// </summary>
    public void Reserve(long length)
    {
        if (length < 0 || length > options.MaxUncompressedBytes - _bytes)
        {
            throw TooLarge();
        }

        _bytes += length;
    }

    public PayloadTooLargeException TooLarge() =>
        new($"The archive expands to more than {options.MaxUncompressedBytes} bytes.");

    private PayloadTooLargeException TooManyEntries() =>
        new($"The archive has more than {options.MaxEntries} entries.");
}
