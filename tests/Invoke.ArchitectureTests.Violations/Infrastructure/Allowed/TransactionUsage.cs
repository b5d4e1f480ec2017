using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using System.Data;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;

// Allowed: BeginTransactionAsync(IsolationLevel), another member of RelationalDatabaseFacadeExtensions.
public sealed class TransactionUsage(ViolationsDbContext db)
{
    public async Task SaveSeriallyAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
