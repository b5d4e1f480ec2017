using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Per-function execution limits with their global settings, and project environment variables, as the original's
    /// later releases have them (docs/adr/0025). Additive: new columns, a new table, new settings rows.
    /// </summary>
    public partial class ExecutionLimitsAndProjectEnvironmentVariables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-edited: the columns in the order of the original's later releases (EF sorts them by name).
            migrationBuilder.AddColumn<bool>(
                name: "custom_timeout_enabled",
                table: "functions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "custom_timeout_seconds",
                table: "functions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "custom_memory_enabled",
                table: "functions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "custom_memory_mb",
                table: "functions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "project_environment_variables",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variable_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    variable_value = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("project_environment_variables_pkey", x => x.id);
                    table.ForeignKey(
                        name: "project_environment_variables_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "project_environment_variables_project_id",
                table: "project_environment_variables",
                column: "project_id");

            // Hand-edited: generated as a unique CreateIndex; the original has a UNIQUE constraint of this name
            // (see InitialSchema).
            migrationBuilder.AddUniqueConstraint(
                name: "uq_project_env_var",
                table: "project_environment_variables",
                columns: new[] { "project_id", "variable_name" });

            migrationBuilder.Sql(ProjectVariableTriggers);
            migrationBuilder.Sql(ExecutionCacheFunction(ExecutionCacheProjectTables));
            migrationBuilder.Sql(ExecutionSettings);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RemoveExecutionSettings);
            migrationBuilder.Sql(ExecutionCacheFunction(PreviousExecutionCacheProjectTables));

            migrationBuilder.DropTable(
                name: "project_environment_variables");

            migrationBuilder.DropColumn(
                name: "custom_memory_enabled",
                table: "functions");

            migrationBuilder.DropColumn(
                name: "custom_memory_mb",
                table: "functions");

            migrationBuilder.DropColumn(
                name: "custom_timeout_enabled",
                table: "functions");

            migrationBuilder.DropColumn(
                name: "custom_timeout_seconds",
                table: "functions");
        }
    }
}
