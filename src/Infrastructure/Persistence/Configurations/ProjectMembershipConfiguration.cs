using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ProjectMembershipConfiguration : IEntityTypeConfiguration<ProjectMembership>
{
    public void Configure(EntityTypeBuilder<ProjectMembership> builder)
    {
        builder.ToTable("project_memberships", table =>
            table.HasCheckConstraint("project_memberships_role_ck", ColumnConventions.OneOf("role", ProjectRole.All)));
        builder.HasKey(m => m.Id).HasName("project_memberships_pkey");
        builder.Property(m => m.Id).UseSerialColumn();
        builder.Property(m => m.Role).HasMaxLength(ProjectRole.MaxLength);
        builder.Property(m => m.CreatedAt).IsInsertTimestamp();

        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId)
            .HasConstraintName("project_memberships_project_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId)
            .HasConstraintName("project_memberships_user_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.CreatedBy)
            .HasConstraintName("project_memberships_created_by_fkey").OnDelete(DeleteBehavior.NoAction);

        builder.HasIndexNamed(m => new { m.ProjectId, m.UserId }, "uq_membership_project_user").IsUnique();
        builder.HasIndexNamed(m => m.ProjectId, "project_memberships_project_id");
        builder.HasIndexNamed(m => m.UserId, "project_memberships_user_id");
        builder.HasIndexNamed(m => m.Role, "project_memberships_role");
    }
}
