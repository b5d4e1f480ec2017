using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>
/// The changes the database reported since the last flush, per tag: the sequence number and time of the latest, and
/// whether it was part of a burst (it followed the previous change of the same tag within the debounce window).
/// Not thread-safe: <see cref="QueryCache"/> guards it.
/// </summary>
/// <remarks>
/// The first change of a burst evicts at once; so does the second, which also starts refusing stores of results with
/// that tag until the window has passed without another change. Every later change of the burst is coalesced: there is
/// nothing to evict, because nothing with that tag has been stored since the second.
/// </remarks>
internal sealed class RecentChanges(TimeSpan debounceWindow, TimeProvider timeProvider)
{
    private readonly Dictionary<string, TableChanges> _tables = [];

    /// <returns>True when entries covered by <paramref name="tag"/> must be evicted now; false when coalesced.</returns>
    public bool Record(CacheTag tag, long sequence, long timestamp)
    {
        if (!_tables.TryGetValue(tag.Table, out var table))
        {
            table = new TableChanges();
            _tables.Add(tag.Table, table);
        }

        var previous = table.Latest(tag);
        var inBurst = previous is { } last && WithinWindow(last.Timestamp, timestamp);
        table.Set(tag, new Change(sequence, timestamp, inBurst));
        return !(inBurst && previous!.Value.InBurst);
    }

    /// <summary>
    /// Whether a result with <paramref name="tag"/>, read by a handler that started at <paramref name="startSequence"/>,
    /// may predate a reported change, or belongs to a burst still going on at <paramref name="now"/>.
    /// </summary>
    public bool Unsettled(CacheTag tag, long startSequence, long now)
    {
        if (!_tables.TryGetValue(tag.Table, out var table))
        {
            return false;
        }

        return tag.IsWholeTable
            ? table.LastSequence > startSequence || (table.LastBurst is { } burst && WithinWindow(burst, now))
            : Unsettled(table.WholeTable, startSequence, now) || Unsettled(table.Rows(tag.Rows!), startSequence, now);
    }

    public void Clear() => _tables.Clear();

    private bool Unsettled(Change? change, long startSequence, long now) =>
        change is { } c && (c.Sequence > startSequence || (c.InBurst && WithinWindow(c.Timestamp, now)));

    private bool WithinWindow(long timestamp, long now) => timeProvider.GetElapsedTime(timestamp, now) < debounceWindow;
}
