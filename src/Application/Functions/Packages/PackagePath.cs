namespace Invoke.Application.Functions.Packages;

/// <summary>
/// The one rule for paths inside a package, applied to archive entries and to files sent by the source editor: a
/// path is relative to the package root and stays inside it. Backslashes count as separators (zips made on Windows use
/// them), empty and <c>.</c> segments are dropped, and <c>..</c>, absolute paths, drive letters and control characters
/// are refused rather than repaired, so nothing is silently written somewhere else than the client meant.
/// </summary>
public static class PackagePath
{
    public const int MaxLength = 1024;
    public const int MaxSegmentLength = 255;

    /// <param name="raw">The path as the archive or the client spelled it.</param>
    /// <param name="path">The normalised path, <c>/</c>-separated; empty for the root itself (<c>./</c>).</param>
    /// <param name="reason">Why the path is refused, phrased to follow the path in a message.</param>
    public static bool TryNormalise(string? raw, out string path, out string reason)
    {
        path = string.Empty;
        reason = Check(raw) ?? string.Empty;
        if (reason.Length > 0)
        {
            return false;
        }

        var segments = raw!.Replace('\\', '/').Split('/').Where(s => s.Length > 0 && s != ".").ToArray();
        if (segments.Contains(".."))
        {
            reason = "leaves the package root";
            return false;
        }

        if (segments.Any(s => s.Length > MaxSegmentLength))
        {
            reason = $"has a name longer than {MaxSegmentLength} characters";
            return false;
        }

        path = string.Join('/', segments);
        return true;
    }

    /// <summary>The folder holding <paramref name="path"/>; empty at the root.</summary>
    public static string Parent(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;

    /// <summary>The last segment of <paramref name="path"/>.</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string? Check(string? raw) => raw switch
    {
        null or "" => "is empty",
        { Length: > MaxLength } => $"is longer than {MaxLength} characters",
        _ when raw.Any(char.IsControl) => "contains control characters",
        ['/' or '\\', ..] => "is an absolute path",
        [var drive, ':', ..] when char.IsAsciiLetter(drive) => "is an absolute path",
        _ => null,
    };
}
