using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// The changes the database reported since the last flush: for each tag, the sequence number and time of the latest.
/// Not thread-safe: <see cref="QueryCache"/> guards it.
/// </summary>
internal sealed class RecentChanges(TimeSpan debounceWindow, TimeProvider timeProvider)
{
    private readonly Dictionary<string, TableChanges> _tables = [];

    /// <returns>
    /// True when this is the first change to <paramref name="tag"/> within the debounce window, so covered entries must
    /// be evicted now; false when it only extends a burst, during which nothing with this tag has been stored.
    /// </returns>
    public bool Record(CacheTag tag, long sequence, long timestamp)
    {
        if (!_tables.TryGetValue(tag.Table, out var table))
        {
            table = new TableChanges();
            _tables.Add(tag.Table, table);
        }

        var change = new Change(sequence, timestamp);
        var previous = table.Latest(tag);
        table.Set(tag, change);
        return previous is not { } last || !WithinWindow(last, timestamp);
    }

    /// <summary>
    /// Whether a result with <paramref name="tag"/>, read by a handler that started at <paramref name="startSequence"/>,
    /// may be stale or belongs to a burst still going on at <paramref name="now"/>.
    /// </summary>
    public bool Unsettled(CacheTag tag, long startSequence, long now)
    {
        if (!_tables.TryGetValue(tag.Table, out var table))
        {
            return false;
        }

        return tag.IsWholeTable
            ? Affects(table.Any, startSequence, now)
            : Affects(table.WholeTable, startSequence, now) || Affects(table.Rows(tag.Rows!), startSequence, now);
    }

    public void Clear() => _tables.Clear();

    private bool Affects(Change? change, long startSequence, long now) =>
        change is { } c && (c.Sequence > startSequence || WithinWindow(c, now));

    private bool WithinWindow(Change change, long now) => timeProvider.GetElapsedTime(change.Timestamp, now) < debounceWindow;

    private readonly record struct Change(long Sequence, long Timestamp);

    private sealed class TableChanges
    {
        private readonly Dictionary<string, Change> _rows = [];

        /// <summary>The latest change to any row or to the whole table.</summary>
        public Change? Any { get; private set; }

        public Change? WholeTable { get; private set; }

        public Change? Rows(string rows) => _rows.TryGetValue(rows, out var change) ? change : null;

        public Change? Latest(CacheTag tag) => tag.IsWholeTable ? WholeTable : Rows(tag.Rows!);

        public void Set(CacheTag tag, Change change)
        {
            Any = change;
            if (tag.IsWholeTable)
            {
                WholeTable = change;
            }
            else
            {
                _rows[tag.Rows!] = change;
            }
        }
    }
}
