using System.Globalization;

namespace Invoke.Application.Common.Caching;

/// <summary>
/// Something a cached result was read from: a whole table, or the rows of a table whose column has one value. A change
/// reported for a row evicts the results tagged with that row's table, and those tagged with one of its column values;
/// a change reported for a whole table (a truncation, or a channel whose payload names no row) evicts every result
/// tagged with that table.
/// </summary>
public readonly record struct CacheTag
{
    private CacheTag(string table, string? rows)
    {
        Table = table;
        Rows = rows;
    }

    /// <summary>The table's name in the database, as the triggers report it.</summary>
    public string Table { get; }

    /// <summary><c>column=value</c>, or null for the whole table.</summary>
    public string? Rows { get; }

    public bool IsWholeTable => Rows is null;

    public static CacheTag WholeTable(string table) => new(table, null);

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static CacheTag Where(string table, string column, object value) =>
        new(table, $"{column}={FormatValue(value)}");

    public bool Covers(CacheTag other) =>
        Table == other.Table && (IsWholeTable || other.IsWholeTable || Rows == other.Rows);

    public override string ToString() => IsWholeTable ? Table : $"{Table}({Rows})";

    // The same spelling as PostgreSQL's JSON for the value: uuids in lower case, numbers invariant.
    private static string FormatValue(object value) => value switch
    {
        Guid guid => guid.ToString("D"),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
