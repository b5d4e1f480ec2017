using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: Database.ExecuteSql with an interpolated string.
public sealed class ExecuteSqlInterpolatedCall(ViolationsDbContext db)
{
    public int Rename(Guid id, string name) => db.Database.ExecuteSql($"UPDATE widgets SET name = {name} WHERE id = {id}");
}
