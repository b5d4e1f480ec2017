using Npgsql;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: an NpgsqlBatch of NpgsqlBatchCommands.
public sealed class NpgsqlBatchCommands(NpgsqlDataSource dataSource)
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM widgets"));
        return batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
