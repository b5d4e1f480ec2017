using System.Text.Json;
using System.Text.Json.Serialization;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>
/// Writes a <c>jsonb</c> column's text as the JSON value it holds (headers, console logs), as node-postgres did,
/// without parsing it into a document first.
/// </summary>
public sealed class RawJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value);
}
