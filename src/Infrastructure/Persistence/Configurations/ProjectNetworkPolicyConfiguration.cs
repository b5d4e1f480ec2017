using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ProjectNetworkPolicyConfiguration : IEntityTypeConfiguration<ProjectNetworkPolicy>
{
    public void Configure(EntityTypeBuilder<ProjectNetworkPolicy> builder)
    {
        NetworkPolicyColumns.Configure(builder, "project_network_policies");

        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId)
            .HasConstraintName("project_network_policies_project_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(p => p.ProjectId, "idx_project_network_policies_project_id");
        builder.HasIndexNamed(p => new { p.ProjectId, p.Priority }, "idx_project_network_policies_priority");
    }
}
