using System.Text.Json;

namespace Invoke.Domain.KeyValueStore;

/// <summary>
/// The stored form of a value, as <c>@keyv/serialize</c> writes it: <c>{"value":&lt;json&gt;}</c> plus
/// <c>"expires":&lt;epoch ms&gt;</c> under a TTL. Keyv marks its own encodings with a leading colon (a Buffer is the
/// string <c>":base64:..."</c>), so a string value that begins with a colon gets one more, which reading removes.
/// </summary>
public static class KeyvEnvelope
{
    private const string Base64Marker = ":base64:";

    public static string Wrap(string valueJson, DateTime? expiresAt)
    {
        var stored = valueJson.StartsWith("\":", StringComparison.Ordinal) ? "\":" + valueJson[1..] : valueJson;
        var expires = expiresAt is { } at ? $",\"expires\":{new DateTimeOffset(at).ToUnixTimeMilliseconds()}" : "";
        return $"{{\"value\":{stored}{expires}}}";
    }

    /// <summary>The value as JSON text, or null when the envelope holds none or is not one.</summary>
    public static string? Unwrap(string? envelope)
    {
        if (envelope is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(envelope);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.StartsWith(':'))
            {
                return text.StartsWith(Base64Marker, StringComparison.Ordinal)
                    ? NodeBufferJson(text)
                    : JsonSerializer.Serialize(text[1..]);
            }

            return value.GetRawText();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A Buffer the original stored, as JSON.stringify shows one to a function; text that is not base64 stays text.</summary>
    private static string NodeBufferJson(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text[Base64Marker.Length..], bytes, out var written)
            ? $"{{\"type\":\"Buffer\",\"data\":[{string.Join(',', bytes[..written])}]}}"
            : JsonSerializer.Serialize(text);
    }
}
