using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiGatewayAuthMethodConfiguration : IEntityTypeConfiguration<ApiGatewayAuthMethod>
{
    public void Configure(EntityTypeBuilder<ApiGatewayAuthMethod> builder)
    {
        builder.ToTable("api_gateway_auth_methods", table =>
            table.HasCheckConstraint(
                "api_gateway_auth_methods_type_check", ColumnConventions.OneOf("type", AuthMethodType.All)));
        builder.HasKey(m => m.Id).HasName("api_gateway_auth_methods_pkey");
        builder.Property(m => m.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(m => m.Name).HasMaxLength(ApiGatewayAuthMethod.NameMaxLength);
        builder.Property(m => m.Type).HasMaxLength(AuthMethodType.MaxLength);
        builder.Property(m => m.Config).HasColumnType("jsonb").HasColumnDefaultSql("'{}'::jsonb");
        builder.Property(m => m.CreatedAt).IsInsertTimestamp();
        builder.Property(m => m.UpdatedAt).IsTriggerTimestamp();

        builder.HasOne<ApiGatewayConfig>().WithMany().HasForeignKey(m => m.GatewayConfigId)
            .HasConstraintName("api_gateway_auth_methods_gateway_config_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(m => new { m.GatewayConfigId, m.Name }, "uq_gateway_auth_method_name").IsUnique();
        builder.HasIndexNamed(m => m.GatewayConfigId, "api_gateway_auth_methods_gateway_config_id");
    }
}
