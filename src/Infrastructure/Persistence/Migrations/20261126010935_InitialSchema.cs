using System;
using System.Net;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "global_network_policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_value = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("global_network_policies_pkey", x => x.id);
                    table.CheckConstraint("global_network_policies_action_ck", "action IN ('allow', 'deny')");
                    table.CheckConstraint("global_network_policies_target_type_ck", "target_type IN ('ip', 'cidr', 'domain')");
                });

            migrationBuilder.CreateTable(
                name: "global_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    setting_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    setting_value = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("global_settings_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_kv_store",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("project_kv_store_pkey", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    username = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    is_admin = table.Column<bool>(type: "boolean", nullable: true, defaultValue: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    last_login = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("users_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    key_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_by = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    last_used = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    usage_count = table.Column<int>(type: "integer", nullable: true, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_keys_pkey", x => x.id);
                    table.ForeignKey(
                        name: "api_keys_created_by_fkey",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    created_by = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                    kv_storage_limit_bytes = table.Column<long>(type: "bigint", nullable: true, defaultValue: 1073741824L),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("projects_pkey", x => x.id);
                    table.ForeignKey(
                        name: "projects_created_by_fkey",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "api_gateway_configs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    custom_domain = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_gateway_configs_pkey", x => x.id);
                    table.ForeignKey(
                        name: "api_gateway_configs_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_memberships",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    created_by = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("project_memberships_pkey", x => x.id);
                    table.CheckConstraint("project_memberships_role_ck", "role IN ('owner', 'developer')");
                    table.ForeignKey(
                        name: "project_memberships_created_by_fkey",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "project_memberships_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "project_memberships_user_id_fkey",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_network_policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_value = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("project_network_policies_pkey", x => x.id);
                    table.CheckConstraint("project_network_policies_action_ck", "action IN ('allow', 'deny')");
                    table.CheckConstraint("project_network_policies_target_type_ck", "target_type IN ('ip', 'cidr', 'domain')");
                    table.ForeignKey(
                        name: "project_network_policies_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_gateway_auth_methods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    gateway_config_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    config = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'{}'::jsonb"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_gateway_auth_methods_pkey", x => x.id);
                    table.CheckConstraint("api_gateway_auth_methods_type_check", "type IN ('basic_auth', 'bearer_jwt', 'api_key', 'middleware')");
                    table.ForeignKey(
                        name: "api_gateway_auth_methods_gateway_config_id_fkey",
                        column: x => x.gateway_config_id,
                        principalTable: "api_gateway_configs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_gateway_route_auth_methods",
                columns: table => new
                {
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    auth_method_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_gateway_route_auth_methods_pkey", x => new { x.route_id, x.auth_method_id });
                    table.ForeignKey(
                        name: "api_gateway_route_auth_methods_auth_method_id_fkey",
                        column: x => x.auth_method_id,
                        principalTable: "api_gateway_auth_methods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_gateway_route_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cors_enabled = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    cors_allowed_origins = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "ARRAY[]::text[]"),
                    cors_allowed_headers = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "ARRAY[]::text[]"),
                    cors_expose_headers = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "ARRAY[]::text[]"),
                    cors_max_age = table.Column<int>(type: "integer", nullable: false, defaultValue: 86400),
                    cors_allow_credentials = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_gateway_route_settings_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_gateway_routes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    gateway_config_id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    function_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allowed_methods = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "ARRAY['GET'::text, 'POST'::text]"),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    is_active = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    auth_logic = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false, defaultValue: "or")
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_gateway_routes_pkey", x => x.id);
                    table.CheckConstraint("api_gateway_routes_auth_logic_check", "auth_logic IN ('or', 'and')");
                    table.ForeignKey(
                        name: "api_gateway_routes_gateway_config_id_fkey",
                        column: x => x.gateway_config_id,
                        principalTable: "api_gateway_configs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "execution_logs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    function_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    execution_time_ms = table.Column<int>(type: "integer", nullable: true),
                    request_size = table.Column<long>(type: "bigint", nullable: true),
                    response_size = table.Column<long>(type: "bigint", nullable: true),
                    request_headers = table.Column<string>(type: "jsonb", nullable: true),
                    response_headers = table.Column<string>(type: "jsonb", nullable: true),
                    request_body = table.Column<string>(type: "text", nullable: true),
                    response_body = table.Column<string>(type: "text", nullable: true),
                    request_method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    request_url = table.Column<string>(type: "text", nullable: true),
                    console_logs = table.Column<string>(type: "jsonb", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    client_ip = table.Column<IPAddress>(type: "inet", nullable: true),
                    user_agent = table.Column<string>(type: "text", nullable: true),
                    api_key_used = table.Column<bool>(type: "boolean", nullable: true, defaultValue: false),
                    executed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("execution_logs_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "function_environment_variables",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    function_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variable_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    variable_value = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("function_environment_variables_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "function_packages",
                columns: table => new
                {
                    function_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("function_packages_pkey", x => x.function_version_id);
                });

            migrationBuilder.CreateTable(
                name: "function_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    function_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    file_size = table.Column<long>(type: "bigint", nullable: false),
                    package_path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    package_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    created_by = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("function_versions_pkey", x => x.id);
                    table.ForeignKey(
                        name: "function_versions_created_by_fkey",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "functions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deployed_by = table.Column<int>(type: "integer", nullable: true),
                    requires_api_key = table.Column<bool>(type: "boolean", nullable: true, defaultValue: false),
                    api_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    last_executed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    execution_count = table.Column<int>(type: "integer", nullable: true, defaultValue: 0),
                    active_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    retention_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    retention_value = table.Column<int>(type: "integer", nullable: true),
                    retention_enabled = table.Column<bool>(type: "boolean", nullable: true, defaultValue: false),
                    schedule_enabled = table.Column<bool>(type: "boolean", nullable: true, defaultValue: false),
                    schedule_cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    next_execution = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_scheduled_execution = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("functions_pkey", x => x.id);
                    table.ForeignKey(
                        name: "fk_functions_active_version",
                        column: x => x.active_version_id,
                        principalTable: "function_versions",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "functions_deployed_by_fkey",
                        column: x => x.deployed_by,
                        principalTable: "users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "functions_project_id_fkey",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "api_gateway_auth_methods_gateway_config_id",
                table: "api_gateway_auth_methods",
                column: "gateway_config_id");

            // Hand-edited: every AddUniqueConstraint in this migration was generated as a unique CreateIndex.
            // The model declares unique indexes (EF's alternate keys would forbid nullable and changing
            // values); the original schema has UNIQUE constraints of the same names, backed by such indexes.
            migrationBuilder.AddUniqueConstraint(
                name: "uq_gateway_auth_method_name",
                table: "api_gateway_auth_methods",
                columns: new[] { "gateway_config_id", "name" });

            migrationBuilder.CreateIndex(
                name: "api_gateway_configs_custom_domain",
                table: "api_gateway_configs",
                column: "custom_domain");

            migrationBuilder.CreateIndex(
                name: "api_gateway_configs_project_id",
                table: "api_gateway_configs",
                column: "project_id");

            migrationBuilder.AddUniqueConstraint(
                name: "uq_gateway_custom_domain",
                table: "api_gateway_configs",
                column: "custom_domain");

            migrationBuilder.AddUniqueConstraint(
                name: "uq_gateway_project",
                table: "api_gateway_configs",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "api_gateway_route_auth_methods_auth_method_id",
                table: "api_gateway_route_auth_methods",
                column: "auth_method_id");

            migrationBuilder.CreateIndex(
                name: "api_gateway_route_auth_methods_route_id",
                table: "api_gateway_route_auth_methods",
                column: "route_id");

            migrationBuilder.CreateIndex(
                name: "idx_gateway_route_auth_methods_sort_order",
                table: "api_gateway_route_auth_methods",
                columns: new[] { "route_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "api_gateway_route_settings_route_id",
                table: "api_gateway_route_settings",
                column: "route_id");

            migrationBuilder.AddUniqueConstraint(
                name: "uq_gateway_route_settings_route_id",
                table: "api_gateway_route_settings",
                column: "route_id");

            migrationBuilder.CreateIndex(
                name: "api_gateway_routes_function_id",
                table: "api_gateway_routes",
                column: "function_id");

            migrationBuilder.CreateIndex(
                name: "api_gateway_routes_gateway_config_id",
                table: "api_gateway_routes",
                column: "gateway_config_id");

            migrationBuilder.CreateIndex(
                name: "api_gateway_routes_gateway_config_id_sort_order",
                table: "api_gateway_routes",
                columns: new[] { "gateway_config_id", "sort_order" });

            migrationBuilder.AddUniqueConstraint(
                name: "uq_gateway_route_path",
                table: "api_gateway_routes",
                columns: new[] { "gateway_config_id", "route_path" });

            migrationBuilder.CreateIndex(
                name: "api_keys_is_active",
                table: "api_keys",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "api_keys_key_hash",
                table: "api_keys",
                column: "key_hash");

            migrationBuilder.AddUniqueConstraint(
                name: "api_keys_key_hash_key",
                table: "api_keys",
                column: "key_hash");

            migrationBuilder.CreateIndex(
                name: "execution_logs_executed_at",
                table: "execution_logs",
                column: "executed_at");

            migrationBuilder.CreateIndex(
                name: "execution_logs_execution_time_ms",
                table: "execution_logs",
                column: "execution_time_ms");

            migrationBuilder.CreateIndex(
                name: "execution_logs_function_id",
                table: "execution_logs",
                column: "function_id");

            migrationBuilder.CreateIndex(
                name: "execution_logs_status_code",
                table: "execution_logs",
                column: "status_code");

            migrationBuilder.CreateIndex(
                name: "function_environment_variables_function_id",
                table: "function_environment_variables",
                column: "function_id");

            migrationBuilder.CreateIndex(
                name: "function_environment_variables_function_id_variable_name",
                table: "function_environment_variables",
                columns: new[] { "function_id", "variable_name" });

            migrationBuilder.AddUniqueConstraint(
                name: "uq_env_var",
                table: "function_environment_variables",
                columns: new[] { "function_id", "variable_name" });

            migrationBuilder.CreateIndex(
                name: "function_versions_function_id",
                table: "function_versions",
                column: "function_id");

            migrationBuilder.CreateIndex(
                name: "function_versions_function_id_version",
                table: "function_versions",
                columns: new[] { "function_id", "version" });

            migrationBuilder.AddUniqueConstraint(
                name: "uq_function_version",
                table: "function_versions",
                columns: new[] { "function_id", "version" });

            migrationBuilder.CreateIndex(
                name: "functions_active_version_id",
                table: "functions",
                column: "active_version_id");

            migrationBuilder.CreateIndex(
                name: "functions_is_active",
                table: "functions",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "functions_name",
                table: "functions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "functions_project_id",
                table: "functions",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "idx_functions_schedule",
                table: "functions",
                columns: new[] { "schedule_enabled", "next_execution" },
                filter: "schedule_enabled = true");

            migrationBuilder.CreateIndex(
                name: "idx_global_network_policies_priority",
                table: "global_network_policies",
                column: "priority");

            migrationBuilder.AddUniqueConstraint(
                name: "global_settings_setting_key_key",
                table: "global_settings",
                column: "setting_key");

            migrationBuilder.CreateIndex(
                name: "project_memberships_project_id",
                table: "project_memberships",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "project_memberships_role",
                table: "project_memberships",
                column: "role");

            migrationBuilder.CreateIndex(
                name: "project_memberships_user_id",
                table: "project_memberships",
                column: "user_id");

            migrationBuilder.AddUniqueConstraint(
                name: "uq_membership_project_user",
                table: "project_memberships",
                columns: new[] { "project_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "idx_project_network_policies_priority",
                table: "project_network_policies",
                columns: new[] { "project_id", "priority" });

            migrationBuilder.CreateIndex(
                name: "idx_project_network_policies_project_id",
                table: "project_network_policies",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "idx_projects_slug",
                table: "projects",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "projects_is_active",
                table: "projects",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "projects_name",
                table: "projects",
                column: "name");

            migrationBuilder.AddUniqueConstraint(
                name: "users_email_key",
                table: "users",
                column: "email");

            migrationBuilder.AddUniqueConstraint(
                name: "users_username_key",
                table: "users",
                column: "username");

            migrationBuilder.AddForeignKey(
                name: "api_gateway_route_auth_methods_route_id_fkey",
                table: "api_gateway_route_auth_methods",
                column: "route_id",
                principalTable: "api_gateway_routes",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "api_gateway_route_settings_route_id_fkey",
                table: "api_gateway_route_settings",
                column: "route_id",
                principalTable: "api_gateway_routes",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "api_gateway_routes_function_id_fkey",
                table: "api_gateway_routes",
                column: "function_id",
                principalTable: "functions",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "execution_logs_function_id_fkey",
                table: "execution_logs",
                column: "function_id",
                principalTable: "functions",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "function_environment_variables_function_id_fkey",
                table: "function_environment_variables",
                column: "function_id",
                principalTable: "functions",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "function_packages_function_version_id_fkey",
                table: "function_packages",
                column: "function_version_id",
                principalTable: "function_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "function_versions_function_id_fkey",
                table: "function_versions",
                column: "function_id",
                principalTable: "functions",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            CreateHandWrittenObjects(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "functions_project_id_fkey",
                table: "functions");

            migrationBuilder.DropForeignKey(
                name: "function_versions_function_id_fkey",
                table: "function_versions");

            migrationBuilder.DropTable(
                name: "api_gateway_route_auth_methods");

            migrationBuilder.DropTable(
                name: "api_gateway_route_settings");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "execution_logs");

            migrationBuilder.DropTable(
                name: "function_environment_variables");

            migrationBuilder.DropTable(
                name: "function_packages");

            migrationBuilder.DropTable(
                name: "global_network_policies");

            migrationBuilder.DropTable(
                name: "global_settings");

            migrationBuilder.DropTable(
                name: "project_kv_store");

            migrationBuilder.DropTable(
                name: "project_memberships");

            migrationBuilder.DropTable(
                name: "project_network_policies");

            migrationBuilder.DropTable(
                name: "api_gateway_auth_methods");

            migrationBuilder.DropTable(
                name: "api_gateway_routes");

            migrationBuilder.DropTable(
                name: "api_gateway_configs");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "functions");

            migrationBuilder.DropTable(
                name: "function_versions");

            migrationBuilder.DropTable(
                name: "users");

            DropHandWrittenObjects(migrationBuilder);
        }
    }
}
