using System.Runtime.InteropServices;
using System.Text;

namespace Invoke.Infrastructure.Scripting;

/// <summary>Node's Buffer encodings, natively: what <c>Buffer.from(s, enc)</c> and <c>buf.toString(enc)</c> compute.</summary>
internal static class TextCodec
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf8" => Encoding.UTF8.GetBytes(text),
        "hex" => DecodeHex(text),
        "base64" or "base64url" => DecodeBase64(text),
        "latin1" => text.Select(c => (byte)c).ToArray(),
        "ascii" => text.Select(c => (byte)(c & 0xFF)).ToArray(),
        "utf16le" => Encoding.Unicode.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding"),
    };

    /// <exception cref="DecoderFallbackException">When <paramref name="fatal"/> and the bytes are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string encoding, bool fatal) => encoding switch
    {
        "utf8" => (fatal ? StrictUtf8 : Encoding.UTF8).GetString(bytes),
        "hex" => Convert.ToHexStringLower(bytes),
        "base64" => Convert.ToBase64String(bytes),
        "base64url" => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        "latin1" => Encoding.Latin1.GetString(bytes),
        "ascii" => string.Create(bytes.Length, bytes.ToArray(), (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = (char)(source[i] & 0x7F);
            }
        }),
        // Node keeps lone surrogates; Encoding.Unicode would replace them with U+FFFD.
        "utf16le" => new string(MemoryMarshal.Cast<byte, char>(bytes[..(bytes.Length & ~1)])),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding"),
    };

    public static int ByteLength(string text, string encoding) => encoding switch
    {
        "utf8" => Encoding.UTF8.GetByteCount(text),
        "utf16le" => text.Length * 2,
        "latin1" or "ascii" => text.Length,
        _ => Encode(text, encoding).Length,
    };

    // Node stops at the first character that is not a hex digit pair, rather than failing.
    private static byte[] DecodeHex(string text)
    {
        var bytes = new List<byte>(text.Length / 2);
        for (var i = 0; i + 1 < text.Length; i += 2)
        {
            if (!Uri.IsHexDigit(text[i]) || !Uri.IsHexDigit(text[i + 1]))
            {
                break;
            }

            bytes.Add(Convert.ToByte(text.Substring(i, 2), 16));
        }

        return [.. bytes];
    }

    // Node accepts both alphabets, ignores whitespace and padding, and stops at the first other character.
    private static byte[] DecodeBase64(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '-' or '+')
            {
                clean.Append('+');
            }
            else if (c is '_' or '/')
            {
                clean.Append('/');
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                clean.Append(c);
            }
            else if (c == '=' || !char.IsWhiteSpace(c))
            {
                break;
            }
        }

        if (clean.Length % 4 == 1)
        {
            clean.Length--;
        }

        clean.Append('=', (4 - clean.Length % 4) % 4);
        return Convert.FromBase64String(clean.ToString());
    }
}
