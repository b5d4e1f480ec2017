namespace Invoke.Application.Functions.Packages;

/// <summary>
/// Limits on function packages (configuration section <c>Invoke:Packages</c>). Every limit is enforced while the bytes
/// are read, never after buffering more than the limit.
/// </summary>
public sealed class PackageOptions
{
    public const string SectionName = "Invoke:Packages";

    /// <summary>The largest archive accepted by an upload, as sent (50 MB, the original's limit).</summary>
    public long MaxArchiveBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The most files and directories one package may hold.</summary>
    public int MaxEntries { get; set; } = 20_000;

    /// <summary>The most bytes a package's files may hold once extracted; stops archive bombs.</summary>
    public long MaxUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    public string ArchiveTooLargeMessage => $"File too large. A package may have at most {MaxArchiveBytes} bytes.";
}
