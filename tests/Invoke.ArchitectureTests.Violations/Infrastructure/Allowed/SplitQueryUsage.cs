using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Invoke.ArchitectureTests.Violations.Domain.Model;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;

// Allowed: AsSplitQuery shares RelationalQueryableExtensions with FromSqlRaw but runs no SQL text.
public sealed class SplitQueryUsage(ViolationsDbContext db)
{
    public Task<List<WellFormedEntity>> AllAsync(CancellationToken cancellationToken) =>
        db.Widgets.AsSplitQuery().ToListAsync(cancellationToken);
}
