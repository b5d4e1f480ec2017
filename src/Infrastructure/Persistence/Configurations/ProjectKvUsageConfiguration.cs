using Invoke.Domain.KeyValueStore;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>Invoke's per-project byte counter of the key-value store (docs/adr/0030).</summary>
internal sealed class ProjectKvUsageConfiguration : IEntityTypeConfiguration<ProjectKvUsage>
{
    public void Configure(EntityTypeBuilder<ProjectKvUsage> builder)
    {
        builder.ToTable("project_kv_usage");
        builder.HasKey(u => u.ProjectId).HasName("project_kv_usage_pkey");
        builder.Property(u => u.ProjectId).ValueGeneratedNever();
        builder.Property(u => u.UsedBytes).HasColumnDefault(0L);

        builder.HasOne<Project>().WithMany().HasForeignKey(u => u.ProjectId)
            .HasConstraintName("project_kv_usage_project_id_fkey").OnDelete(DeleteBehavior.Cascade);
    }
}
