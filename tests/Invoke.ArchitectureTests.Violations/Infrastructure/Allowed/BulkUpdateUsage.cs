using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;

// Allowed: ExecuteUpdateAsync and ExecuteDeleteAsync are LINQ, translated by EF Core.
public sealed class BulkUpdateUsage(ViolationsDbContext db)
{
    public async Task<int> RenameAndPurgeAsync(CancellationToken cancellationToken)
    {
        var renamed = await db.Widgets
            .Where(w => w.Name == "old")
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "new"), cancellationToken);
        var purged = await db.Widgets.Where(w => w.Name == string.Empty).ExecuteDeleteAsync(cancellationToken);
        return renamed + purged;
    }
}
