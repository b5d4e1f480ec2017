using Invoke.ArchitectureTests.Violations.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;

// Allowed: HasDefaultValueSql for column defaults such as now() and gen_random_uuid() (ADR 0005).
public sealed class DefaultValueSqlConfiguration : IEntityTypeConfiguration<WellFormedEntity>
{
    public void Configure(EntityTypeBuilder<WellFormedEntity> builder) =>
        builder.Property(w => w.Id).HasDefaultValueSql("gen_random_uuid()");
}
