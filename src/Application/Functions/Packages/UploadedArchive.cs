namespace Invoke.Application.Functions.Packages;

/// <summary>An archive as a client uploaded it: its file name (for the default function name) and its bytes.</summary>
public sealed record UploadedArchive(string FileName, byte[] Content)
{
    private static readonly string[] ArchiveExtensions = [".tar.gz", ".tgz", ".zip"];

    /// <summary>The file name without its archive extension, the original's default function name.</summary>
    public string BaseName =>
        ArchiveExtensions.FirstOrDefault(e => FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } extension
            ? FileName[..^extension.Length]
            : FileName;
}
