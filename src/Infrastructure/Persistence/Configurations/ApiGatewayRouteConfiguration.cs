using Invoke.Domain.ApiGateway;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiGatewayRouteConfiguration : IEntityTypeConfiguration<ApiGatewayRoute>
{
    public void Configure(EntityTypeBuilder<ApiGatewayRoute> builder)
    {
        builder.ToTable("api_gateway_routes", table =>
            table.HasCheckConstraint(
                "api_gateway_routes_auth_logic_check", ColumnConventions.OneOf("auth_logic", RouteAuthLogic.All)));
        builder.HasKey(r => r.Id).HasName("api_gateway_routes_pkey");
        builder.Property(r => r.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(r => r.RoutePath).HasMaxLength(ApiGatewayRoute.RoutePathMaxLength);
        builder.Property(r => r.AllowedMethods).HasColumnDefaultSql("ARRAY['GET'::text, 'POST'::text]");
        builder.Property(r => r.SortOrder).HasColumnDefault(0);
        builder.Property(r => r.IsActive).HasColumnDefault(true);
        builder.Property(r => r.CreatedAt).IsInsertTimestamp();
        builder.Property(r => r.UpdatedAt).IsTriggerTimestamp();
        builder.Property(r => r.AuthLogic).HasMaxLength(RouteAuthLogic.MaxLength).HasColumnDefault(RouteAuthLogic.Or);

        builder.HasOne<ApiGatewayConfig>().WithMany().HasForeignKey(r => r.GatewayConfigId)
            .HasConstraintName("api_gateway_routes_gateway_config_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Function>().WithMany().HasForeignKey(r => r.FunctionId)
            .HasConstraintName("api_gateway_routes_function_id_fkey").OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Settings).WithOne().HasForeignKey<ApiGatewayRouteSettings>(s => s.RouteId)
            .HasConstraintName("api_gateway_route_settings_route_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.AuthMethods).WithOne().HasForeignKey(link => link.RouteId)
            .HasConstraintName("api_gateway_route_auth_methods_route_id_fkey").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.AuthMethods).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndexNamed(r => new { r.GatewayConfigId, r.RoutePath }, "uq_gateway_route_path").IsUnique();
        builder.HasIndexNamed(r => r.GatewayConfigId, "api_gateway_routes_gateway_config_id");
        builder.HasIndexNamed(r => r.FunctionId, "api_gateway_routes_function_id");
        builder.HasIndexNamed(r => new { r.GatewayConfigId, r.SortOrder }, "api_gateway_routes_gateway_config_id_sort_order");
    }
}
