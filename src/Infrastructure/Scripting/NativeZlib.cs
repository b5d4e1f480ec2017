using System.IO.Compression;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of <c>zlib</c>: System.IO.Compression does the work. Decompressed output is capped (by the
/// caller's <c>maxOutputLength</c> and by <c>maxOutput</c>, derived from the invocation's memory limit), so that a
/// small bomb fails with Node's ERR_BUFFER_TOO_LARGE instead of exhausting the invocation's memory.
/// </summary>
internal static class NativeZlib
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static JsObject Create(SandboxEngine sandbox, long maxOutput)
    {
        var engine = sandbox.Engine;
        var zlib = new JsObject(engine);
        SandboxEngine.Add(zlib, "compress", (_, a) => sandbox.Bytes(Compress(SandboxEngine.Text(a, 0), sandbox.ByteArgument(a, 1), (int)TypeConverter.ToNumber(a[2]))));
        SandboxEngine.Add(zlib, "decompress", (_, a) => Decompress(
            engine, SandboxEngine.Text(a, 0), sandbox.ByteArgument(a, 1), (long)Math.Min(TypeConverter.ToNumber(a[2]), maxOutput)) is { } bytes
            ? sandbox.Bytes(bytes)
            : JsValue.Null);
        SandboxEngine.Add(zlib, "crc32", (_, a) => (double)Crc32(sandbox.ByteArgument(a, 0), (uint)TypeConverter.ToNumber(a[1])));
        return zlib;
    }

    /// <param name="level">zlib's 0-9 or -1 (default); for brotli, the quality 0-11.</param>
    private static byte[] Compress(string format, byte[] data, int level)
    {
        if (format == "brotli")
        {
            var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
            BrotliEncoder.TryCompress(data, compressed, out var written, level < 0 ? 11 : level, 22);
            return compressed[..written];
        }

        if (data.Length == 0)
        {
            return EmptyStream(format, level);
        }

        using var output = new MemoryStream();
        var options = new ZLibCompressionOptions { CompressionLevel = level < 0 ? 6 : level };
        using (Stream compressor = format switch
        {
            "deflate" => new ZLibStream(output, options, leaveOpen: true),
            "raw" => new DeflateStream(output, options, leaveOpen: true),
            _ => new GZipStream(output, options, leaveOpen: true),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>
    /// What zlib writes for empty input (.NET's streams write nothing at all): one empty final block, framed with the
    /// zlib or gzip header and trailer that carry the level as zlib does.
    /// </summary>
    private static byte[] EmptyStream(string format, int level)
    {
        byte[] emptyBlock = [0x03, 0x00];
        return format switch
        {
            "raw" => emptyBlock,
            "deflate" => [0x78, (byte)(level is 0 or 1 ? 0x01 : level is >= 2 and <= 5 ? 0x5e : level is >= 7 ? 0xda : 0x9c), .. emptyBlock, 0, 0, 0, 1],
            _ => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, (byte)(level == 9 ? 2 : level == 1 ? 4 : 0), 3, .. emptyBlock, 0, 0, 0, 0, 0, 0, 0, 0],
        };
    }

    /// <returns>The bytes, or null when they would exceed <paramref name="maxOutput"/>.</returns>
    private static byte[]? Decompress(Engine engine, string format, byte[] data, long maxOutput)
    {
        if (format == "unzip")
        {
            format = data.Length > 1 && data[0] == 0x1f && data[1] == 0x8b ? "gzip" : "deflate";
        }

        if ((format == "gzip" && !(data.Length > 1 && data[0] == 0x1f && data[1] == 0x8b))
            || (format == "deflate" && !(data.Length > 1 && (data[0] & 0x0f) == 8 && ((data[0] << 8) | data[1]) % 31 == 0)))
        {
            throw DataError(engine, "incorrect header check");
        }

        using var input = new MemoryStream(data);
        using Stream decompressor = format switch
        {
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            "raw" => new DeflateStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => new BrotliStream(input, CompressionMode.Decompress),
        };
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = decompressor.Read(buffer)) > 0)
            {
                if (output.Length + read > maxOutput)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw DataError(engine, format == "brotli" ? "Decompression failed" : "invalid compressed data");
        }

        return output.ToArray();
    }

    private static JavaScriptException DataError(Engine engine, string message)
    {
        var exception = NodeErrors.Create(engine, engine.Intrinsics.Error, "Z_DATA_ERROR", message);
        exception.Error.AsObject().Set("errno", -3);
        return exception;
    }

    private static uint Crc32(ReadOnlySpan<byte> data, uint initial)
    {
        var crc = ~initial;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
