using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Invoke.ArchitectureTests.Violations.Domain.Model;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: FromSqlRaw inside a lambda, so the call sits in a compiler-generated closure.
public sealed class FromSqlRawInLambda(ViolationsDbContext db)
{
    public Func<string, IQueryable<WellFormedEntity>> ByName =>
        name => db.Widgets.FromSqlRaw("SELECT * FROM widgets WHERE name = {0}", name);
}
