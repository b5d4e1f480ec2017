namespace Invoke.Application.KeyValueStore.Queries.GetProjectKvStore;

public sealed record ProjectKvStoreDto(IReadOnlyList<KvEntryDto> Items, KvPaginationDto Pagination, KvStorageDto Storage);

/// <param name="ValueJson">The value as JSON text, exactly as stored.</param>
/// <param name="Size">The bytes the entry counts against the quota.</param>
public sealed record KvEntryDto(string Key, string? ValueJson, long Size);

public sealed record KvPaginationDto(int Page, int Limit, int Total, int TotalPages);

/// <param name="Bytes">The bytes counted against the quota (entries that expired count until swept).</param>
/// <param name="Percentage">Bytes as a percentage of the limit.</param>
public sealed record KvStorageDto(long Bytes, long Limit, double Percentage);
