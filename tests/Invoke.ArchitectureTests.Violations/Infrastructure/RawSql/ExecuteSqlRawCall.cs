using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: Database.ExecuteSqlRaw.
public sealed class ExecuteSqlRawCall(ViolationsDbContext db)
{
    public int Purge() => db.Database.ExecuteSqlRaw("DELETE FROM widgets");
}
