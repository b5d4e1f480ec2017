using System.Text.Json;

namespace Invoke.Api.Contracts.KeyValueStore;

/// <summary>Values cross the Application boundary as JSON text; on the wire they are JSON again.</summary>
internal static class KvJson
{
    public static JsonElement? Element(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The JSON text of a value the client sent, or null when it sent none (or JSON null).</summary>
    public static string? Text(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given ? given.GetRawText() : null;
}
