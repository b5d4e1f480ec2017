using Invoke.Domain.NetworkPolicies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class GlobalNetworkPolicyConfiguration : IEntityTypeConfiguration<GlobalNetworkPolicy>
{
    public void Configure(EntityTypeBuilder<GlobalNetworkPolicy> builder)
    {
        NetworkPolicyColumns.Configure(builder, "global_network_policies");

        builder.HasIndexNamed(p => p.Priority, "idx_global_network_policies_priority");
    }
}
