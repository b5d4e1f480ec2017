using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.MigrationsBackfill;

// Breach: a namespace that merely starts with "...Persistence.Migrations" is not the migrations namespace.
public sealed class BackfillWithRawSql(ViolationsDbContext db)
{
    public int Backfill() => db.Database.ExecuteSqlRaw("UPDATE widgets SET name = 'unnamed' WHERE name = ''");
}
