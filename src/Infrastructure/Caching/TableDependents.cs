using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>The entries that depend on one table: on all of it, or on some of its rows.</summary>
internal sealed class TableDependents
{
    public HashSet<CacheEntryKey> WholeTable { get; } = [];

    public Dictionary<string, HashSet<CacheEntryKey>> ByRows { get; } = [];

    public HashSet<CacheEntryKey> SetFor(CacheTag tag)
    {
        if (tag.IsWholeTable)
        {
            return WholeTable;
        }

        if (!ByRows.TryGetValue(tag.Rows!, out var set))
        {
            set = [];
            ByRows.Add(tag.Rows!, set);
        }

        return set;
    }

    public void Remove(CacheTag tag, CacheEntryKey key)
    {
        if (tag.IsWholeTable)
        {
            WholeTable.Remove(key);
        }
        else if (ByRows.TryGetValue(tag.Rows!, out var set) && set.Remove(key) && set.Count == 0)
        {
            ByRows.Remove(tag.Rows!);
        }
    }
}
