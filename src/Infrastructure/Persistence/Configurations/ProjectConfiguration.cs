using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id).HasName("projects_pkey");
        builder.Property(p => p.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.IsActive).HasColumnDefault(true);
        builder.Property(p => p.KvStorageLimitBytes).HasColumnDefault(Project.DefaultKvStorageLimitBytes);
        builder.Property(p => p.CreatedAt).IsInsertTimestamp();
        builder.Property(p => p.UpdatedAt).IsTriggerTimestamp();
        builder.Property(p => p.Slug).HasMaxLength(ProjectSlug.MaxLength);

        builder.HasOne<User>().WithMany().HasForeignKey(p => p.CreatedBy)
            .HasConstraintName("projects_created_by_fkey").OnDelete(DeleteBehavior.NoAction);

        builder.HasIndexNamed(p => p.Slug, "idx_projects_slug").IsUnique();
        builder.HasIndexNamed(p => p.Name, "projects_name");
        builder.HasIndexNamed(p => p.IsActive, "projects_is_active");
    }
}
