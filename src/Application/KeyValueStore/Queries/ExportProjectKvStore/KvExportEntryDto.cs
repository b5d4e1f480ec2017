namespace Invoke.Application.KeyValueStore.Queries.ExportProjectKvStore;

/// <param name="ValueJson">The value as JSON text.</param>
public sealed record KvExportEntryDto(string Key, string ValueJson);
