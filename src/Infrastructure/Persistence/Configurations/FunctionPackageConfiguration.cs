using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class FunctionPackageConfiguration : IEntityTypeConfiguration<FunctionPackage>
{
    public void Configure(EntityTypeBuilder<FunctionPackage> builder)
    {
        builder.ToTable("function_packages");
        builder.HasKey(p => p.FunctionVersionId).HasName("function_packages_pkey");
        builder.Property(p => p.FunctionVersionId).ValueGeneratedNever();
        builder.Property(p => p.CreatedAt).IsInsertTimestamp();
    }
}
