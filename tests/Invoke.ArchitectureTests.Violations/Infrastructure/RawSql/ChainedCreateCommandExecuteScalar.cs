using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: CreateCommand().ExecuteScalar() chained, so NpgsqlCommand never appears as a local.
public sealed class ChainedCreateCommandExecuteScalar(NpgsqlConnection connection)
{
    public object? Version() => connection.CreateCommand().ExecuteScalar();
}
