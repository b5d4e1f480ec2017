using System.Data;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: only IDbConnection in sight: no EF Core or Npgsql type at all.
public sealed class DbConnectionInterfaceCommand(IDbConnection connection)
{
    public int Purge()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM widgets";
        return command.ExecuteNonQuery();
    }
}
