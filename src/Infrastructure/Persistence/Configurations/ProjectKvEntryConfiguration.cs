using Invoke.Domain.KeyValueStore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>The table the original execution service's Keyv store creates lazily, in exactly its shape.</summary>
internal sealed class ProjectKvEntryConfiguration : IEntityTypeConfiguration<ProjectKvEntry>
{
    public void Configure(EntityTypeBuilder<ProjectKvEntry> builder)
    {
        builder.ToTable("project_kv_store");
        builder.HasKey(e => e.Key).HasName("project_kv_store_pkey");
        builder.Property(e => e.Key).HasMaxLength(ProjectKvEntry.KeyMaxLength);
    }
}
