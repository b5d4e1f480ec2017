using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: ExecuteSqlRawAsync inside an async method, so the call sits in the compiler-generated state machine.
public sealed class ExecuteSqlRawAsyncInAsyncMethod(ViolationsDbContext db)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        return await db.Database.ExecuteSqlRawAsync("DELETE FROM widgets", cancellationToken);
    }
}
