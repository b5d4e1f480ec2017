using Invoke.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Where the database is: <c>ConnectionStrings:Invoke</c> when set, used as given, otherwise the original platform's
/// <c>DB_HOST</c>, <c>DB_PORT</c>, <c>DB_NAME</c>, <c>DB_USER</c> and <c>DB_PASSWORD</c> with its defaults, and
/// Npgsql's automatic preparation of the statements a connection runs repeatedly (docs/adr/0019).
/// </summary>
public static class DatabaseConnection
{
    public const string ConnectionStringName = "Invoke";

    /// <summary>
    /// Prepared statements skip PostgreSQL's parse and plan on every execution after the second; the hot queries of
    /// the API are a few dozen, so this many per physical connection keeps all of them.
    /// </summary>
    public const int MaxAutoPreparedStatements = 64;

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return new NpgsqlConnectionStringBuilder
        {
            Host = configuration.GetValueOrDefault("DB_HOST", "localhost"),
            Port = configuration.GetPort("DB_PORT", 5432),
            Database = configuration.GetValueOrDefault("DB_NAME", "invoke_db"),
            Username = configuration.GetValueOrDefault("DB_USER", "postgres"),
            Password = configuration.GetValueOrDefault("DB_PASSWORD", "postgres"),
            MaxAutoPrepare = MaxAutoPreparedStatements,
            AutoPrepareMinUsages = 2,
        }.ConnectionString;
    }
}
