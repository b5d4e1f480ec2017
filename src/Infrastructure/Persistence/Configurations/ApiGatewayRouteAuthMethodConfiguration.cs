using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiGatewayRouteAuthMethodConfiguration : IEntityTypeConfiguration<ApiGatewayRouteAuthMethod>
{
    public void Configure(EntityTypeBuilder<ApiGatewayRouteAuthMethod> builder)
    {
        builder.ToTable("api_gateway_route_auth_methods");
        builder.HasKey(link => new { link.RouteId, link.AuthMethodId }).HasName("api_gateway_route_auth_methods_pkey");
        builder.Property(link => link.SortOrder).HasColumnDefault(0);

        builder.HasOne<ApiGatewayAuthMethod>().WithMany().HasForeignKey(link => link.AuthMethodId)
            .HasConstraintName("api_gateway_route_auth_methods_auth_method_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(link => link.RouteId, "api_gateway_route_auth_methods_route_id");
        builder.HasIndexNamed(link => link.AuthMethodId, "api_gateway_route_auth_methods_auth_method_id");
        builder.HasIndexNamed(link => new { link.RouteId, link.SortOrder }, "idx_gateway_route_auth_methods_sort_order");
    }
}
