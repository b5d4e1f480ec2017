using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Allowed: the Application queries through EF Core's provider-neutral API.
public static class ApplicationUsesEntityFrameworkCore
{
    public static Task<List<T>> AllAsync<T>(DbSet<T> set, CancellationToken cancellationToken)
        where T : class => set.AsNoTracking().ToListAsync(cancellationToken);
}
