using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.Migrations;

// Allowed: hand-written SQL inside the migrations namespace.
public sealed class WidgetDataFix(ViolationsDbContext db)
{
    public Task<int> ApplyAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("UPDATE widgets SET name = trim(name)", cancellationToken);
}
