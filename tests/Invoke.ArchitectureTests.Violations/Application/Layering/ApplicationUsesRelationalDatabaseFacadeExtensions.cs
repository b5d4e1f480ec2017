using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application reaches for relational database operations (here the harmless MigrateAsync).
public static class ApplicationUsesRelationalDatabaseFacadeExtensions
{
    public static Task MigrateAsync(DbContext context, CancellationToken cancellationToken) =>
        context.Database.MigrateAsync(cancellationToken);
}
