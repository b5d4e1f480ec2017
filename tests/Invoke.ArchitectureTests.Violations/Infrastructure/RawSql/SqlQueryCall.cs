using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: Database.SqlQuery.
public sealed class SqlQueryCall(ViolationsDbContext db)
{
    public IQueryable<int> Ids() => db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"");
}
