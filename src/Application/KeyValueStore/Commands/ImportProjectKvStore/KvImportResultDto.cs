namespace Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;

/// <param name="Imported">Entries whose key was new.</param>
/// <param name="Updated">Entries that overwrote a live one.</param>
public sealed record KvImportResultDto(int Imported, int Updated, int Total, string Strategy);
