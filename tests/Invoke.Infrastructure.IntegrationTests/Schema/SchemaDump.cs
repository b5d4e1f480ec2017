using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Schema;

/// <summary>
/// <c>pg_dump --schema-only</c> of a database, reduced to a comparable multiset of statements: comments,
/// SET lines, psql meta-commands, ownership and function bodies are dropped, whitespace is collapsed,
/// and a function is reduced to its signature (from its CREATE or from its OWNER line, whichever the
/// dump has).
/// </summary>
internal static partial class SchemaDump
{
    public static async Task<string> DumpAsync(string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(await PgDumpPathAsync(connectionString))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = connection.Password ?? string.Empty },
        };
        foreach (var argument in new[]
                 {
                     "--schema-only", "--no-owner", "--host", connection.Host!, "--port", connection.Port.ToString(),
                     "--username", connection.Username!, "--dbname", connection.Database!,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"pg_dump failed ({process.ExitCode}): {await error}");
    }

    public static IReadOnlyList<string> Normalise(string dump)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var inBody = false;
        foreach (var line in dump.Split('\n'))
        {
            if (!inBody && (line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith('\\') || line.Trim().Length == 0))
            {
                continue;
            }

            current.Append(line).Append(' ');
            if (Regex.Count(line, @"\$\$") % 2 == 1)
            {
                inBody = !inBody;
            }

            if (!inBody && line.TrimEnd().EndsWith(';'))
            {
                statements.Add(Whitespace().Replace(current.ToString(), " ").Trim());
                current.Clear();
            }
        }

        return [.. statements.Select(Reduce).OfType<string>().Order(StringComparer.Ordinal)];
    }

    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected) Compare(
        IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        (Without(expected, actual), Without(actual, expected));

    private static string? Reduce(string statement)
    {
        if (statement.StartsWith("SET ", StringComparison.Ordinal)
            || statement.StartsWith("SELECT pg_catalog.set_config", StringComparison.Ordinal))
        {
            return null;
        }

        var function = FunctionSignature().Match(statement);
        if (function.Success)
        {
            return "FUNCTION " + function.Groups["signature"].Value;
        }

        return statement.Contains(" OWNER TO ", StringComparison.Ordinal) ? null : statement;
    }

    private static List<string> Without(IReadOnlyList<string> items, IReadOnlyList<string> removed)
    {
        var remaining = items.ToList();
        foreach (var item in removed)
        {
            remaining.Remove(item);
        }

        return remaining;
    }

    private static async Task<string> PgDumpPathAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var majorVersion = connection.PostgreSqlVersion.Major;
        var packaged = $"/usr/lib/postgresql/{majorVersion}/bin/pg_dump";
        return File.Exists(packaged) ? packaged : "pg_dump";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(CREATE FUNCTION|ALTER FUNCTION) (?<signature>\S+\(.*?\))")]
    private static partial Regex FunctionSignature();
}
