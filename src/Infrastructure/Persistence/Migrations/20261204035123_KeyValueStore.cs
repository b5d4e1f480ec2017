using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KeyValueStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "project_kv_store",
                type: "character varying(549)",
                maxLength: 549,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255);

            migrationBuilder.AddColumn<DateTime>(
                name: "expires_at",
                table: "project_kv_store",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "project_id",
                table: "project_kv_store",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "size_bytes",
                table: "project_kv_store",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "project_kv_usage",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    used_bytes = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("project_kv_usage_pkey", x => x.project_id);
                    table.ForeignKey(
                        name: "project_kv_usage_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "idx_project_kv_store_expires_at",
                table: "project_kv_store",
                column: "expires_at",
                filter: "expires_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "idx_project_kv_store_project_key",
                table: "project_kv_store",
                columns: new[] { "project_id", "key" });

            migrationBuilder.AddForeignKey(
                name: "project_kv_store_project_id_fkey",
                table: "project_kv_store",
                column: "project_id",
                principalTable: "projects",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.Sql(AdoptExistingEntries);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "project_kv_store_project_id_fkey",
                table: "project_kv_store");

            migrationBuilder.DropTable(
                name: "project_kv_usage");

            migrationBuilder.DropIndex(
                name: "idx_project_kv_store_expires_at",
                table: "project_kv_store");

            migrationBuilder.DropIndex(
                name: "idx_project_kv_store_project_key",
                table: "project_kv_store");

            migrationBuilder.DropColumn(
                name: "expires_at",
                table: "project_kv_store");

            migrationBuilder.DropColumn(
                name: "project_id",
                table: "project_kv_store");

            migrationBuilder.DropColumn(
                name: "size_bytes",
                table: "project_kv_store");

            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "project_kv_store",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(549)",
                oldMaxLength: 549);
        }
    }
}
