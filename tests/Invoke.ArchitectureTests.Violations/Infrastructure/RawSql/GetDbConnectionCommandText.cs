using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: GetDbConnection().CreateCommand() and CommandText: EF's connection used as plain ADO.NET.
public sealed class GetDbConnectionCommandText(ViolationsDbContext db)
{
    public object? Count()
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM widgets";
        return command.ExecuteScalar();
    }
}
