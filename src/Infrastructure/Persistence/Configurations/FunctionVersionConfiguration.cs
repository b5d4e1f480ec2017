using Invoke.Domain.Functions;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class FunctionVersionConfiguration : IEntityTypeConfiguration<FunctionVersion>
{
    public void Configure(EntityTypeBuilder<FunctionVersion> builder)
    {
        builder.ToTable("function_versions");
        builder.HasKey(v => v.Id).HasName("function_versions_pkey");
        builder.Property(v => v.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(v => v.PackagePath).HasMaxLength(FunctionVersion.PackagePathMaxLength);
        builder.Property(v => v.PackageHash).HasMaxLength(FunctionVersion.PackageHashLength);
        builder.Property(v => v.CreatedAt).IsInsertTimestamp();

        builder.HasOne<User>().WithMany().HasForeignKey(v => v.CreatedBy)
            .HasConstraintName("function_versions_created_by_fkey").OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(v => v.Package).WithOne().HasForeignKey<FunctionPackage>(p => p.FunctionVersionId)
            .HasConstraintName("function_packages_function_version_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(v => new { v.FunctionId, v.Version }, "uq_function_version").IsUnique();
        builder.HasIndexNamed(v => v.FunctionId, "function_versions_function_id");
        builder.HasIndexNamed(v => new { v.FunctionId, v.Version }, "function_versions_function_id_version");
    }
}
