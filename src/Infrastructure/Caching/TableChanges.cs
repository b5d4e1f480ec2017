using Invoke.Application.Common.Caching;

namespace Invoke.Infrastructure.Caching;

/// <summary>The latest reported changes of one table's tags (see <see cref="RecentChanges"/>).</summary>
internal sealed class TableChanges
{
    private readonly Dictionary<string, Change> _rows = [];

    public Change? WholeTable { get; private set; }

    /// <summary>The sequence number of the latest change to any of the table's tags.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The time of the latest change to any of the table's tags that was part of a burst.</summary>
    public long? LastBurst { get; private set; }

    public Change? Rows(string rows) => _rows.TryGetValue(rows, out var change) ? change : null;

    public Change? Latest(CacheTag tag) => tag.IsWholeTable ? WholeTable : Rows(tag.Rows!);

    public void Set(CacheTag tag, Change change)
    {
        LastSequence = change.Sequence;
        if (change.InBurst)
        {
            LastBurst = change.Timestamp;
        }

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
