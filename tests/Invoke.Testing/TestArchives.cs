using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Invoke.Testing;

/// <summary>Builds archives for the tests, hostile ones included, with the same BCL types a client could use.</summary>
public static class TestArchives
{
    public static byte[] Text(string content) => Encoding.UTF8.GetBytes(content);

    /// <summary>A zip of files; a name ending in <c>/</c> with null content is a directory entry.</summary>
    public static byte[] Zip(params (string Name, string? Content)[] entries) =>
        Zip(zip =>
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name);
                if (content is not null)
                {
                    using var data = entry.Open();
                    data.Write(Text(content));
                }
            }
        });

    public static byte[] Zip(Action<ZipArchive> build)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            build(zip);
        }

        return output.ToArray();
    }

    /// <summary>A zip entry whose external attributes carry a Unix file type, as zips made on Unix do.</summary>
    public static byte[] ZipWithUnixType(string name, int unixFileType, string content) =>
        Zip(zip =>
        {
            var entry = zip.CreateEntry(name);
            entry.ExternalAttributes = (unixFileType | 0x1ED) << 16;
            using var data = entry.Open();
            data.Write(Text(content));
        });

    public static byte[] Tarball(params (string Name, string? Content)[] entries) =>
        Tarball(tar =>
        {
            foreach (var (name, content) in entries)
            {
                tar.WriteEntry(content is null
                    ? new PaxTarEntry(TarEntryType.Directory, name)
                    : new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Text(content)) });
            }
        });

    public static byte[] Tarball(Action<TarWriter> build)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            build(tar);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static Dictionary<string, string> ZipContents(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            });
    }

    /// <summary>A zip holding one entry of <paramref name="uncompressedBytes"/> zeros: small to send, huge to extract.</summary>
    public static byte[] ZipBomb(long uncompressedBytes) =>
        Zip(zip =>
        {
            using var data = zip.CreateEntry("bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < uncompressedBytes; written += zeros.Length)
            {
                data.Write(zeros, 0, (int)Math.Min(zeros.Length, uncompressedBytes - written));
            }
        });
}
