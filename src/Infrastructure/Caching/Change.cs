namespace Invoke.Infrastructure.Caching;

/// <summary>One reported change of a tag, as <see cref="RecentChanges"/> remembers it.</summary>
internal readonly record struct Change(long Sequence, long Timestamp, bool InBurst);
