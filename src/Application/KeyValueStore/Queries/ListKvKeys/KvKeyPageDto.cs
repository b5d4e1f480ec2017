namespace Invoke.Application.KeyValueStore.Queries.ListKvKeys;

/// <param name="Cursor">What to pass for the next page, or null when this page is the last.</param>
public sealed record KvKeyPageDto(IReadOnlyList<string> Keys, string? Cursor);
