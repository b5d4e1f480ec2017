namespace Invoke.Application.Common.Caching;

/// <summary>
/// Marks a query whose result may be served from the in-process cache until the database reports a change to one of
/// the tags it was read from. The result is shared by every caller that hits it, so it must be immutable.
/// </summary>
/// <remarks>
/// Implement it beside <c>IRequest&lt;TResponse&gt;</c> on the query record. A result that includes a column the NOTIFY
/// triggers ignore (see <see cref="CacheTags.UnnotifiedColumns"/>) must set <see cref="MaxAge"/>: no change of that
/// column evicts it.
/// </remarks>
public interface ICachedQuery<in TResponse>
{
    /// <summary>Tells this query's results apart from each other: every parameter, nothing else (the type is added).</summary>
    string CacheKey { get; }

    /// <summary>What the result was read from; a change to any of these evicts it.</summary>
    IEnumerable<CacheTag> TagsFor(TResponse response);

    /// <summary>
    /// How long a result may be served at most, from when its handler started; null: until evicted; zero or less: the
    /// query bypasses the cache.
    /// </summary>
    TimeSpan? MaxAge => null;
}
