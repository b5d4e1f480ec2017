using System.Text.Json;
using System.Text.Json.Serialization;
using Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;

namespace Invoke.Api.Contracts.KeyValueStore;

/// <summary>The data of <c>GET /api/projects/{id}/kv</c> (admin-api.md §9.3).</summary>
public sealed record KvStoreResponse(
    [property: JsonPropertyName("items")] IReadOnlyList<KvItemResponse> Items,
    [property: JsonPropertyName("pagination")] KvPaginationResponse Pagination,
    [property: JsonPropertyName("storage")] KvStorageResponse Storage)
{
    public static KvStoreResponse From(ProjectKvStoreDto store) => new(
        [.. store.Items.Select(i => new KvItemResponse(i.Key, KvJson.Element(i.ValueJson), i.Size))],
        new KvPaginationResponse(store.Pagination.Page, store.Pagination.Limit, store.Pagination.Total, store.Pagination.TotalPages),
        new KvStorageResponse(store.Storage.Bytes, store.Storage.Limit, store.Storage.Percentage));
}

public sealed record KvItemResponse(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] JsonElement? Value,
    [property: JsonPropertyName("size")] long Size);

public sealed record KvPaginationResponse(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("totalPages")] int TotalPages);

public sealed record KvStorageResponse(
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("limit")] long Limit,
    [property: JsonPropertyName("percentage")] double Percentage);
