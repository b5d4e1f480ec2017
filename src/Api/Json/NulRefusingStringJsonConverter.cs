using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Api.ErrorHandling;

namespace Invoke.Api.Json;

/// <summary>
/// Reads every JSON string of a request body and refuses one that holds a NUL. The serializer adds the JSON path
/// to the exception, so the 400 names the field however deeply it is nested.
/// </summary>
public sealed class NulRefusingStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Refused(reader.GetString()!);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Refused(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static string Refused(string value) =>
        NulCharacters.In(value) ? throw new NulCharacterException() : value;
}
