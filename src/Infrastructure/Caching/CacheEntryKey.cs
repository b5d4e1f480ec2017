namespace Invoke.Infrastructure.Caching;

/// <summary>A cached result's identity: the query type and the query's own key.</summary>
internal readonly record struct CacheEntryKey(Type QueryType, string Key);
