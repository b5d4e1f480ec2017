using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>The table of the original's later releases, with its constraint and index names.</summary>
internal sealed class ProjectEnvironmentVariableConfiguration : IEntityTypeConfiguration<ProjectEnvironmentVariable>
{
    public void Configure(EntityTypeBuilder<ProjectEnvironmentVariable> builder)
    {
        EnvironmentVariableColumns.Configure(builder, "project_environment_variables");

        builder.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId)
            .HasConstraintName("project_environment_variables_project_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(v => new { v.ProjectId, v.VariableName }, "uq_project_env_var").IsUnique();
        builder.HasIndexNamed(v => v.ProjectId, "project_environment_variables_project_id");
    }
}
