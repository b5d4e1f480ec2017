namespace Invoke.Application.Common.Caching;

/// <param name="Hits">Served from the cache, including callers that waited for a concurrent miss of the same key.</param>
/// <param name="Misses">Ran the handler and offered the result to the cache.</param>
/// <param name="Evictions">Entries removed because the database reported a change to one of their tags.</param>
/// <param name="Bypasses">
/// Ran the handler without the cache because the listener was disconnected, or the query's MaxAge was not positive.
/// </param>
public sealed record QueryCacheCounters(long Hits, long Misses, long Evictions, long Bypasses);
