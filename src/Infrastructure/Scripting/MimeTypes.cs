using System.Collections.Frozen;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The media types of common extensions and which of them carry a UTF-8 charset, as the mime-types package Express 5
/// uses answers them (checked by the differential tests).
/// </summary>
internal static class MimeTypes
{
    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>
    {
        ["html"] = "text/html", ["htm"] = "text/html", ["txt"] = "text/plain", ["text"] = "text/plain",
        ["ini"] = "text/plain", ["conf"] = "text/plain", ["log"] = "text/plain", ["css"] = "text/css",
        ["js"] = "text/javascript", ["mjs"] = "text/javascript", ["cjs"] = "application/node", ["jsx"] = "text/jsx",
        ["json"] = "application/json", ["map"] = "application/json", ["xml"] = "application/xml", ["csv"] = "text/csv",
        ["md"] = "text/markdown", ["yaml"] = "text/yaml", ["yml"] = "text/yaml", ["ics"] = "text/calendar",
        ["svg"] = "image/svg+xml", ["png"] = "image/png", ["jpg"] = "image/jpeg", ["jpeg"] = "image/jpeg",
        ["gif"] = "image/gif", ["webp"] = "image/webp", ["ico"] = "image/vnd.microsoft.icon", ["bmp"] = "image/bmp",
        ["avif"] = "image/avif", ["tif"] = "image/tiff", ["tiff"] = "image/tiff", ["pdf"] = "application/pdf",
        ["zip"] = "application/zip", ["gz"] = "application/gzip", ["tar"] = "application/x-tar",
        ["wasm"] = "application/wasm", ["woff"] = "font/woff", ["woff2"] = "font/woff2", ["ttf"] = "font/ttf",
        ["otf"] = "font/otf", ["eot"] = "application/vnd.ms-fontobject", ["mp3"] = "audio/mpeg", ["wav"] = "audio/wav",
        ["ogg"] = "audio/ogg", ["aac"] = "audio/aac", ["m4a"] = "audio/mp4", ["flac"] = "audio/x-flac",
        ["mp4"] = "video/mp4", ["webm"] = "video/webm", ["avi"] = "video/x-msvideo", ["mov"] = "video/quicktime",
        ["mpeg"] = "video/mpeg", ["bin"] = "application/octet-stream", ["jsonld"] = "application/ld+json",
        ["rss"] = "application/rss+xml", ["atom"] = "application/atom+xml", ["rtf"] = "application/rtf",
        ["doc"] = "application/msword", ["xls"] = "application/vnd.ms-excel", ["ppt"] = "application/vnd.ms-powerpoint",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["epub"] = "application/epub+zip", ["jar"] = "application/java-archive", ["sh"] = "application/x-sh",
        ["webmanifest"] = "application/manifest+json", ["manifest"] = "text/cache-manifest", ["toml"] = "application/toml",
        ["7z"] = "application/x-7z-compressed", ["bz2"] = "application/x-bzip2", ["xz"] = "application/x-xz",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Utf8Applications = new[]
    {
        "application/json", "application/javascript", "application/manifest+json",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The type of a file name or bare extension (<c>json</c>, <c>.json</c>, <c>a/b.json</c>), or null.</summary>
    public static string? Lookup(string pathOrExtension)
    {
        var dot = pathOrExtension.LastIndexOf('.');
        var extension = (dot == -1 ? pathOrExtension : pathOrExtension[(dot + 1)..]).ToLowerInvariant();
        return ByExtension.GetValueOrDefault(extension);
    }

    /// <summary>
    /// A full Content-Type for a type or an extension: looked up when it has no slash, with <c>charset=utf-8</c> added to
    /// text types that do not name a charset. Null for an unknown extension.
    /// </summary>
    public static string? ContentType(string typeOrExtension)
    {
        var type = typeOrExtension.Contains('/') ? typeOrExtension : Lookup(typeOrExtension);
        if (type is null || type.Contains("charset", StringComparison.Ordinal))
        {
            return type;
        }

        var essence = type.Split(';', 2)[0].Trim().ToLowerInvariant();
        return essence.StartsWith("text/", StringComparison.Ordinal) || Utf8Applications.Contains(essence)
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>The type with its charset parameter set, other parameters kept, as Express does before sending text.</summary>
    public static string WithCharset(string type, string charset)
    {
        var parts = type.Split(';');
        var parameters = parts.Skip(1)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Contains('=') ? p[..p.IndexOf('=')].ToLowerInvariant() + p[p.IndexOf('=')..] : p);
        return string.Join("; ", [parts[0].Trim().ToLowerInvariant(), .. parameters, "charset=" + charset]);
    }
}
