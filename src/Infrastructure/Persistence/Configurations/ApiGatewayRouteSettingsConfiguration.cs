using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiGatewayRouteSettingsConfiguration : IEntityTypeConfiguration<ApiGatewayRouteSettings>
{
    private const string EmptyTextArray = "ARRAY[]::text[]";

    public void Configure(EntityTypeBuilder<ApiGatewayRouteSettings> builder)
    {
        builder.ToTable("api_gateway_route_settings");
        builder.HasKey(s => s.Id).HasName("api_gateway_route_settings_pkey");
        builder.Property(s => s.Id).HasColumnDefaultSql("gen_random_uuid()");
        builder.Property(s => s.CorsEnabled).HasColumnDefault(false);
        builder.Property(s => s.CorsAllowedOrigins).HasColumnDefaultSql(EmptyTextArray);
        builder.Property(s => s.CorsAllowedHeaders).HasColumnDefaultSql(EmptyTextArray);
        builder.Property(s => s.CorsExposeHeaders).HasColumnDefaultSql(EmptyTextArray);
        builder.Property(s => s.CorsMaxAge).HasColumnDefault(ApiGatewayRouteSettings.DefaultCorsMaxAge);
        builder.Property(s => s.CorsAllowCredentials).HasColumnDefault(false);
        builder.Property(s => s.CreatedAt).IsInsertTimestamp();
        builder.Property(s => s.UpdatedAt).IsTriggerTimestamp();

        builder.HasIndexNamed(s => s.RouteId, "uq_gateway_route_settings_route_id").IsUnique();
        builder.HasIndexNamed(s => s.RouteId, "api_gateway_route_settings_route_id");
    }
}
