using System.Text.Json;
using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// Reads the JSON the NOTIFY triggers send: <c>{"table": ..., "action": ..., &lt;column&gt;: &lt;value&gt;, ...}</c>.
/// Every column beside <c>table</c> and <c>action</c> names rows that changed; a payload without one (the gateway
/// channel, global network policies, truncations) means the whole table.
/// </summary>
internal static class InvalidationPayload
{
    private const string TableMember = "table";
    private const string ActionMember = "action";

    /// <returns>The changed tags, or null when the payload is not such an object (then nobody knows what changed).</returns>
    public static IReadOnlyCollection<CacheTag>? Parse(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(TableMember, out var tableElement)
                || tableElement.ValueKind != JsonValueKind.String
                || tableElement.GetString() is not { Length: > 0 } table)
            {
                return null;
            }

            var tags = root.EnumerateObject()
                .Where(member => member.Name is not (TableMember or ActionMember))
                .Where(member => member.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                .Select(member => CacheTag.Where(table, member.Name, ValueOf(member.Value)))
                .ToList();
            return tags.Count > 0 ? tags : [CacheTag.WholeTable(table)];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Numbers keep their JSON spelling (ids are integers); strings are compared as sent (uuids arrive in lower case).
    private static string ValueOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
