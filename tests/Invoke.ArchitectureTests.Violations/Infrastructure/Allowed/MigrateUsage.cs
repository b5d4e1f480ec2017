using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;

// Allowed: MigrateAsync shares RelationalDatabaseFacadeExtensions with ExecuteSqlRaw but runs only the migrations.
public sealed class MigrateUsage(ViolationsDbContext db)
{
    public Task MigrateAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
}
