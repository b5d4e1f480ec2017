using Invoke.Domain.ApiGateway;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiGatewayConfigConfiguration : IEntityTypeConfiguration<ApiGatewayConfig>
{
    public void Configure(EntityTypeBuilder<ApiGatewayConfig> builder)
    {
        builder.ToTable("api_gateway_configs");
        builder.HasKey(c => c.Id).HasName("api_gateway_configs_pkey");
        builder.Property(c => c.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(c => c.Enabled).HasColumnDefault(false);
        builder.Property(c => c.CustomDomain).HasMaxLength(ApiGatewayConfig.CustomDomainMaxLength);
        builder.Property(c => c.CreatedAt).IsInsertTimestamp();
        builder.Property(c => c.UpdatedAt).IsTriggerTimestamp();

        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId)
            .HasConstraintName("api_gateway_configs_project_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(c => c.ProjectId, "uq_gateway_project").IsUnique();
        builder.HasIndexNamed(c => c.CustomDomain, "uq_gateway_custom_domain").IsUnique();
        builder.HasIndexNamed(c => c.ProjectId, "api_gateway_configs_project_id");
        builder.HasIndexNamed(c => c.CustomDomain, "api_gateway_configs_custom_domain");
    }
}
