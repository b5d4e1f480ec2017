using Invoke.Domain.KeyValueStore;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>
/// The table the original execution service's Keyv store creates lazily (<c>key</c>, <c>value</c>), with the key
/// widened for Invoke's longer keys and Invoke's own columns added (docs/adr/0030).
/// </summary>
internal sealed class ProjectKvEntryConfiguration : IEntityTypeConfiguration<ProjectKvEntry>
{
    public void Configure(EntityTypeBuilder<ProjectKvEntry> builder)
    {
        builder.ToTable("project_kv_store");
        builder.HasKey(e => e.Key).HasName("project_kv_store_pkey");
        builder.Property(e => e.Key).HasMaxLength(ProjectKvEntry.KeyColumnLength);
        builder.Property(e => e.SizeBytes).HasColumnDefault(0L);

        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId)
            .HasConstraintName("project_kv_store_project_id_fkey").OnDelete(DeleteBehavior.Cascade);

        // Listing, prefix search and clear() of one project; reads go by the primary key.
        builder.HasIndexNamed(e => new { e.ProjectId, e.Key }, "idx_project_kv_store_project_key");
        // The sweeper's batches: only entries with a TTL are in it.
        builder.HasIndexNamed(e => e.ExpiresAt, "idx_project_kv_store_expires_at").HasFilter("expires_at IS NOT NULL");
    }
}
