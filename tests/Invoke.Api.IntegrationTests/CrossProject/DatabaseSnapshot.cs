using Npgsql;

namespace Invoke.Api.IntegrationTests.CrossProject;

/// <summary>
/// The content of every table of the public schema, to show that a refused request changed nothing. Columns that
/// change in the background of any authenticated request (API key usage, which is flushed in batches; last login)
/// are left out.
/// </summary>
public sealed class DatabaseSnapshot
{
    private static readonly string[] VolatileColumns = ["last_used", "usage_count", "last_login"];

    private readonly IReadOnlyDictionary<string, string> _tables;

    private DatabaseSnapshot(IReadOnlyDictionary<string, string> tables) => _tables = tables;

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        var dropped = string.Concat(VolatileColumns.Select(column => $" - '{column}'"));
        foreach (var table in tables)
        {
            await using var dump = new NpgsqlCommand(
                $"""
                 SELECT coalesce(jsonb_agg(row ORDER BY row::text), '[]')::text
                 FROM (SELECT to_jsonb(t){dropped} AS row FROM "{table}" t) rows
                 """,
                connection);
            contents[table] = (string)(await dump.ExecuteScalarAsync())!;
        }

        return new DatabaseSnapshot(contents);
    }

    /// <summary>Fails naming the first table whose content differs.</summary>
    public void AssertUnchangedIn(DatabaseSnapshot after)
    {
        Assert.Equal(_tables.Keys.Order(StringComparer.Ordinal), after._tables.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, content) in _tables)
        {
            Assert.True(content == after._tables[table], $"Table {table} changed:\nbefore: {content}\nafter:  {after._tables[table]}");
        }
    }
}
