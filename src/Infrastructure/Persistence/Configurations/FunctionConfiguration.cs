using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class FunctionConfiguration : IEntityTypeConfiguration<Function>
{
    public void Configure(EntityTypeBuilder<Function> builder)
    {
        builder.ToTable("functions");
        builder.HasKey(f => f.Id).HasName("functions_pkey");
        builder.Property(f => f.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(f => f.Name).HasMaxLength(Function.NameMaxLength);
        builder.Property(f => f.RequiresApiKey).HasColumnDefault(false);
        builder.Property(f => f.ApiKey).HasMaxLength(Function.ApiKeyMaxLength);
        builder.Property(f => f.IsActive).HasColumnDefault(true);
        builder.Property(f => f.CreatedAt).IsInsertTimestamp();
        builder.Property(f => f.UpdatedAt).IsTriggerTimestamp();
        builder.Property(f => f.ExecutionCount).HasColumnDefault(0);
        builder.Property(f => f.RetentionType).HasMaxLength(RetentionType.MaxLength);
        builder.Property(f => f.RetentionEnabled).HasColumnDefault(false);
        builder.Property(f => f.ScheduleEnabled).HasColumnDefault(false);
        builder.Property(f => f.ScheduleCron).HasMaxLength(Function.ScheduleCronMaxLength);
        builder.Property(f => f.CustomTimeoutEnabled).HasColumnDefault(false);
        // Invoke additions for the scheduler (docs/adr/0031).
        builder.Property(f => f.ScheduleFailureCount).HasColumnDefault(0);
        builder.Property(f => f.CustomMemoryEnabled).HasColumnDefault(false);

        builder.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId)
            .HasConstraintName("functions_project_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.DeployedBy)
            .HasConstraintName("functions_deployed_by_fkey").OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<FunctionVersion>().WithMany().HasForeignKey(f => f.ActiveVersionId)
            .HasConstraintName("fk_functions_active_version").OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FunctionId)
            .HasConstraintName("function_versions_function_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndexNamed(f => f.Name, "functions_name");
        // Invoke addition: names are unique per project (docs/adr/0015). Functions without a project are not covered.
        builder.HasIndexNamed(f => new { f.ProjectId, f.Name }, "uq_functions_project_name").IsUnique();
        builder.HasIndexNamed(f => f.IsActive, "functions_is_active");
        builder.HasIndexNamed(f => f.ActiveVersionId, "functions_active_version_id");
        builder.HasIndexNamed(f => f.ProjectId, "functions_project_id");
        builder.HasIndexNamed(f => new { f.ScheduleEnabled, f.NextExecution }, "idx_functions_schedule")
            .HasFilter("schedule_enabled = true");
    }
}
