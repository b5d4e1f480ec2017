using Invoke.ArchitectureTests.Violations.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;

// Breach: SQL text in the model: ToSqlQuery and HasComputedColumnSql.
public sealed class ComputedColumnSqlConfiguration : IEntityTypeConfiguration<WellFormedEntity>
{
    public void Configure(EntityTypeBuilder<WellFormedEntity> builder)
    {
        builder.ToSqlQuery("SELECT * FROM widgets");
        builder.Property(w => w.Name).HasComputedColumnSql("upper(name)");
    }
}
