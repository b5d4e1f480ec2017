using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// Per-route rate limits, an Invoke extension (docs/adr/0028): requests per window and client, both null for none.
/// Routing already hears of every change it depends on: the original's gateway_invalidated triggers cover the gateway
/// tables (this table's new columns included), and migration CacheInvalidationTriggers covers projects (slug, active)
/// and functions (project, active, active version) on invoke_cache_invalidated.
/// </summary>
public partial class GatewayRouteRateLimits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "rate_limit_requests", table: "api_gateway_routes", type: "integer", nullable: true);
        migrationBuilder.AddColumn<int>(name: "rate_limit_window_seconds", table: "api_gateway_routes", type: "integer", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "rate_limit_requests", table: "api_gateway_routes");
        migrationBuilder.DropColumn(name: "rate_limit_window_seconds", table: "api_gateway_routes");
    }
}
