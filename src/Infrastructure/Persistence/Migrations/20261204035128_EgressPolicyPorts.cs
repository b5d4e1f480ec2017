using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EgressPolicyPorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "port_from",
                table: "project_network_policies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "port_to",
                table: "project_network_policies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "port_from",
                table: "global_network_policies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "port_to",
                table: "global_network_policies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "project_network_policies_ports_ck",
                table: "project_network_policies",
                sql: "(port_from IS NULL AND port_to IS NULL) OR (port_from BETWEEN 1 AND 65535 AND port_to BETWEEN port_from AND 65535)");

            migrationBuilder.AddCheckConstraint(
                name: "global_network_policies_ports_ck",
                table: "global_network_policies",
                sql: "(port_from IS NULL AND port_to IS NULL) OR (port_from BETWEEN 1 AND 65535 AND port_to BETWEEN port_from AND 65535)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "project_network_policies_ports_ck",
                table: "project_network_policies");

            migrationBuilder.DropCheckConstraint(
                name: "global_network_policies_ports_ck",
                table: "global_network_policies");

            migrationBuilder.DropColumn(
                name: "port_from",
                table: "project_network_policies");

            migrationBuilder.DropColumn(
                name: "port_to",
                table: "project_network_policies");

            migrationBuilder.DropColumn(
                name: "port_from",
                table: "global_network_policies");

            migrationBuilder.DropColumn(
                name: "port_to",
                table: "global_network_policies");
        }
    }
}
