using Invoke.Domain.NetworkPolicies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>The columns and checks the global and project policy tables share.</summary>
internal static class NetworkPolicyColumns
{
    public static void Configure<TPolicy>(EntityTypeBuilder<TPolicy> builder, string table)
        where TPolicy : NetworkPolicy
    {
        builder.ToTable(table, t =>
        {
            t.HasCheckConstraint($"{table}_action_ck", ColumnConventions.OneOf("action", NetworkPolicyAction.All));
            t.HasCheckConstraint($"{table}_target_type_ck", ColumnConventions.OneOf("target_type", NetworkTargetType.All));
            t.HasCheckConstraint(
                $"{table}_ports_ck",
                "(port_from IS NULL AND port_to IS NULL) OR (port_from BETWEEN 1 AND 65535 AND port_to BETWEEN port_from AND 65535)");
        });
        builder.HasKey(p => p.Id).HasName($"{table}_pkey");
        builder.Property(p => p.Id).UseSerialColumn();
        builder.Property(p => p.Action).HasMaxLength(NetworkPolicyAction.MaxLength);
        builder.Property(p => p.TargetType).HasMaxLength(NetworkTargetType.MaxLength);
        builder.Property(p => p.TargetValue).HasMaxLength(NetworkTarget.ValueMaxLength);
        builder.Property(p => p.Description).HasMaxLength(NetworkPolicy.DescriptionMaxLength);
        builder.Property(p => p.CreatedAt).IsInsertTimestamp();
        builder.Ignore(p => p.Ports);
    }
}
