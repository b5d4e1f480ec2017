using Npgsql;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>
/// A fingerprint of every row of the tables the function routes can change, to prove a refused request changed nothing.
/// </summary>
public sealed record TablesSnapshot(IReadOnlyDictionary<string, string> Fingerprints)
{
    private static readonly string[] Tables =
    [
        "functions", "function_versions", "function_packages", "function_environment_variables", "execution_logs",
        "global_settings", "projects", "project_memberships",
    ];

    public static async Task<TablesSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var fingerprints = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t",
                connection);
            fingerprints[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return new TablesSnapshot(fingerprints);
    }

    public void AssertUnchangedIn(TablesSnapshot after)
    {
        var changed = Tables.Where(table => Fingerprints[table] != after.Fingerprints[table]).ToList();
        Assert.True(changed.Count == 0, $"Tables changed: {string.Join(", ", changed)}");
    }
}
