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

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToUtc(value).ToString(Format, CultureInfo.InvariantCulture));

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
