namespace Invoke.Infrastructure.UnitTests.Caching;

/// <summary>A stand-in query type: the cache keys and counts results by type.</summary>
internal sealed record UserQuery;
