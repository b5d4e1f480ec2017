namespace Invoke.Infrastructure.Packages;

/// <summary>
/// One file or directory read from an archive. <see cref="Data"/> is readable only until the next item is read, and
/// every byte read from it counts against the archive's <see cref="ExtractionBudget"/>.
/// </summary>
internal sealed record ArchiveItem(string Path, bool IsDirectory, Stream Data, DateTimeOffset ModifiedAt)
{
    public byte[] ReadContent()
    {
        using var buffer = new MemoryStream();
        Data.CopyTo(buffer);
        return buffer.ToArray();
    }
}
