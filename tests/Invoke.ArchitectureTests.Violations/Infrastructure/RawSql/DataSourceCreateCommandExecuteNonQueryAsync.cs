using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: NpgsqlDataSource.CreateCommand(sql).ExecuteNonQueryAsync(), which binds to DbCommand.
public sealed class DataSourceCreateCommandExecuteNonQueryAsync(NpgsqlDataSource dataSource)
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        dataSource.CreateCommand("DELETE FROM widgets").ExecuteNonQueryAsync(cancellationToken);
}
