using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>Which cached entries carry which tags. Not thread-safe: <see cref="QueryCache"/> guards it.</summary>
internal sealed class TagIndex
{
    private readonly Dictionary<string, TableDependents> _tables = [];

    public void Add(CacheEntryKey key, IEnumerable<CacheTag> tags)
    {
        foreach (var tag in tags)
        {
            if (!_tables.TryGetValue(tag.Table, out var dependents))
            {
                dependents = new TableDependents();
                _tables.Add(tag.Table, dependents);
            }

            dependents.SetFor(tag).Add(key);
        }
    }

    public void Remove(CacheEntryKey key, IEnumerable<CacheTag> tags)
    {
        foreach (var tag in tags)
        {
            if (_tables.TryGetValue(tag.Table, out var dependents))
            {
                dependents.Remove(tag, key);
            }
        }
    }

    /// <summary>The entries a change reported with <paramref name="changed"/> makes stale.</summary>
    public CacheEntryKey[] CoveredBy(CacheTag changed)
    {
        if (!_tables.TryGetValue(changed.Table, out var dependents))
        {
            return [];
        }

        IEnumerable<CacheEntryKey> keys = changed.IsWholeTable
            ? dependents.WholeTable.Concat(dependents.ByRows.Values.SelectMany(set => set))
            : dependents.WholeTable.Concat(dependents.ByRows.GetValueOrDefault(changed.Rows!) ?? []);
        return [.. keys.Distinct()];
    }

    public void Clear() => _tables.Clear();
}
