using Invoke.ArchitectureTests.Violations.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Persistence;

public sealed class ViolationsDbContext(DbContextOptions<ViolationsDbContext> options) : DbContext(options)
{
    public DbSet<WellFormedEntity> Widgets => Set<WellFormedEntity>();
}
