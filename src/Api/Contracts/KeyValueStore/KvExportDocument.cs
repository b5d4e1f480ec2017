using System.Text;
using System.Text.Json;
using Invoke.Application.KeyValueStore.Queries.ExportProjectKvStore;

namespace Invoke.Api.Contracts.KeyValueStore;

/// <summary>The body of <c>GET /api/projects/{id}/kv-export</c>: one JSON object of key → value, indented by two spaces.</summary>
internal static class KvExportDocument
{
    public static string Write(IReadOnlyList<KvExportEntryDto> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var entry in entries)
            {
                writer.WritePropertyName(entry.Key);
                using var value = JsonDocument.Parse(entry.ValueJson);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string FileName(Guid projectId, DateTimeOffset now) => $"kv-export-{projectId}-{now.ToUnixTimeMilliseconds()}.json";
}
