using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Invoke.Api.Json;

/// <summary>
/// Writes every <see cref="DateTime"/> as the original platform does (JavaScript's <c>toISOString</c>):
/// UTC, milliseconds, <c>Z</c>. Values without a kind are taken as UTC, which is what Npgsql returns for timestamptz.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ToUtc(reader.GetDateTime());

    // "yyyy-MM-ddTHH:mm:ss.fffZ" is 24 bytes; years beyond 9999 do not exist in DateTime.
    private const int FormattedLength = 24;

    /// <remarks>Formats into a stack buffer: list responses write hundreds of timestamps, each a string otherwise.</remarks>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        Span<byte> utf8 = stackalloc byte[FormattedLength];
        ToUtc(value).TryFormat(utf8, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(utf8[..written]);
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
