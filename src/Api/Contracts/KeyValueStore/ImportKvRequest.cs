using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;

namespace Invoke.Api.Contracts.KeyValueStore;

/// <summary>The body of <c>POST /api/projects/{id}/kv-import</c>: <c>data</c> (an object of key → value) and <c>strategy</c>.</summary>
public sealed record ImportKvRequest(
    [property: JsonPropertyName("data")] JsonElement? Data,
    [property: JsonPropertyName("strategy")] string? Strategy)
{
    public ImportProjectKvStoreCommand ToCommand(Guid projectId) => new(
        projectId,
        Data is { ValueKind: JsonValueKind.Object } data
            ? [.. data.EnumerateObject().Select(p => new KvImportEntry(p.Name, p.Value.GetRawText()))]
            : null,
        Strategy ?? ImportProjectKvStoreCommand.Merge);
}

public sealed record KvImportResponse(
    [property: JsonPropertyName("imported")] int Imported,
    [property: JsonPropertyName("updated")] int Updated,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("strategy")] string Strategy)
{
    public static KvImportResponse From(KvImportResultDto result) => new(result.Imported, result.Updated, result.Total, result.Strategy);
}
