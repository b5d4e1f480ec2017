using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// The part of the original schema EF Core cannot model: trigger functions and triggers, Sequelize's
/// migration table, and the seed rows. Written by hand; the rest of the migration is generated.
/// </summary>
public partial class InitialSchema
{
    private const string TriggerFunctions = """
        CREATE FUNCTION update_updated_at_column() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            NEW.updated_at := now();
            RETURN NEW;
        END;
        $$;

        CREATE FUNCTION set_project_slug() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.slug IS NULL OR NEW.slug = '' THEN
                NEW.slug := lower(regexp_replace(NEW.name, '[^a-zA-Z0-9]+', '-', 'g'));
            END IF;
            RETURN NEW;
        END;
        $$;

        CREATE FUNCTION notify_gateway_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('gateway_invalidated', jsonb_build_object('table', TG_TABLE_NAME, 'action', TG_OP)::text);
            RETURN NULL;
        END;
        $$;

        -- Of all settings only the default gateway domain matters to the gateway.
        CREATE FUNCTION notify_gateway_domain_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            changed boolean;
        BEGIN
            IF TG_OP = 'INSERT' THEN
                changed := NEW.setting_key = 'api_gateway_domain';
            ELSIF TG_OP = 'DELETE' THEN
                changed := OLD.setting_key = 'api_gateway_domain';
            ELSE
                changed := 'api_gateway_domain' IN (OLD.setting_key, NEW.setting_key)
                    AND (OLD.setting_key, OLD.setting_value) IS DISTINCT FROM (NEW.setting_key, NEW.setting_value);
            END IF;

            IF changed THEN
                PERFORM pg_notify('gateway_invalidated', jsonb_build_object('table', TG_TABLE_NAME, 'action', TG_OP)::text);
            END IF;
            RETURN NULL;
        END;
        $$;

        -- The original concatenated jsonb with json, for which PostgreSQL has no || operator, so every
        -- change to these tables failed; the payload is built as jsonb throughout here.
        CREATE FUNCTION notify_execution_cache_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            affected record;
            payload jsonb;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                affected := OLD;
            ELSE
                affected := NEW;
            END IF;

            payload := jsonb_build_object('table', TG_TABLE_NAME, 'action', TG_OP);
            IF TG_TABLE_NAME = 'function_environment_variables' THEN
                payload := payload || jsonb_build_object('function_id', affected.function_id);
            ELSIF TG_TABLE_NAME = 'project_network_policies' THEN
                payload := payload || jsonb_build_object('project_id', affected.project_id);
            END IF;

            PERFORM pg_notify('execution_cache_invalidated', payload::text);
            RETURN NULL;
        END;
        $$;
        """;

    private const string Triggers = """
        CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON users
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_projects_updated_at BEFORE UPDATE ON projects
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_functions_updated_at BEFORE UPDATE ON functions
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_function_env_vars_updated_at BEFORE UPDATE ON function_environment_variables
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_api_gateway_configs_updated_at BEFORE UPDATE ON api_gateway_configs
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_api_gateway_routes_updated_at BEFORE UPDATE ON api_gateway_routes
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_api_gateway_route_settings_updated_at BEFORE UPDATE ON api_gateway_route_settings
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER update_api_gateway_auth_methods_updated_at BEFORE UPDATE ON api_gateway_auth_methods
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

        CREATE TRIGGER trigger_set_project_slug BEFORE INSERT ON projects
            FOR EACH ROW EXECUTE FUNCTION set_project_slug();

        CREATE TRIGGER trig_notify_gateway_configs AFTER INSERT OR UPDATE OR DELETE ON api_gateway_configs
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_change();
        CREATE TRIGGER trig_notify_gateway_routes AFTER INSERT OR UPDATE OR DELETE ON api_gateway_routes
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_change();
        CREATE TRIGGER trig_notify_gateway_route_settings AFTER INSERT OR UPDATE OR DELETE ON api_gateway_route_settings
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_change();
        CREATE TRIGGER trig_notify_gateway_auth_methods AFTER INSERT OR UPDATE OR DELETE ON api_gateway_auth_methods
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_change();
        CREATE TRIGGER trig_notify_gateway_route_auth_methods AFTER INSERT OR UPDATE OR DELETE ON api_gateway_route_auth_methods
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_change();
        CREATE TRIGGER trig_notify_gateway_domain AFTER INSERT OR UPDATE OR DELETE ON global_settings
            FOR EACH ROW EXECUTE FUNCTION notify_gateway_domain_change();

        CREATE TRIGGER trig_notify_exec_env_vars AFTER INSERT OR UPDATE OR DELETE ON function_environment_variables
            FOR EACH ROW EXECUTE FUNCTION notify_execution_cache_change();
        CREATE TRIGGER trig_notify_exec_project_policies AFTER INSERT OR UPDATE OR DELETE ON project_network_policies
            FOR EACH ROW EXECUTE FUNCTION notify_execution_cache_change();
        CREATE TRIGGER trig_notify_exec_global_policies AFTER INSERT OR UPDATE OR DELETE ON global_network_policies
            FOR EACH ROW EXECUTE FUNCTION notify_execution_cache_change();
        """;

    // The original's migration runner (umzug) records applied files here; listing all seven makes the
    // original tooling treat this database as fully migrated.
    private const string SequelizeMeta = """
        CREATE TABLE "SequelizeMeta" (
            name character varying(255) NOT NULL,
            CONSTRAINT "SequelizeMeta_pkey" PRIMARY KEY (name)
        );

        INSERT INTO "SequelizeMeta" (name) VALUES
            ('001_initial_schema.js'),
            ('002_add_network_policies.js'),
            ('003_add_api_gateway.js'),
            ('004_add_middleware_auth.js'),
            ('005_auth_method_sort_order.js'),
            ('006_add_execution_notify_triggers.js'),
            ('007_jwt_mode_backfill.js');
        """;

    private const string GlobalSettings = """
        INSERT INTO global_settings (setting_key, setting_value, description) VALUES
            ('log_retention_type', 'time', 'Default log retention type: time, count, or none'),
            ('log_retention_value', '7', 'Default log retention value (7 days or 1000 count)'),
            ('log_retention_enabled', 'true', 'Whether log retention cleanup is enabled globally'),
            ('function_base_url', 'https://localhost:3001/invoke', 'Base URL for function invocation endpoints'),
            ('kv_storage_limit_bytes', '1073741824', 'Maximum storage size for project KV store in bytes (default 1GB)'),
            ('api_gateway_domain', '', 'Default API Gateway domain (e.g., api.example.com). Used for the default URL pattern: <domain>/<project-slug>/<route>');
        """;

    // Priorities 1-7 are the original's defaults; 8-17 close the ranges it left open (cloud metadata,
    // CGNAT, multicast, reserved, NAT64, 6to4, ...).
    private const string GlobalNetworkPolicies = """
        INSERT INTO global_network_policies (action, target_type, target_value, description, priority) VALUES
            ('deny', 'cidr', '10.0.0.0/8', 'Block private network (RFC1918)', 1),
            ('deny', 'cidr', '172.16.0.0/12', 'Block private network (RFC1918)', 2),
            ('deny', 'cidr', '192.168.0.0/16', 'Block private network (RFC1918)', 3),
            ('deny', 'cidr', '127.0.0.0/8', 'Block loopback', 4),
            ('deny', 'cidr', 'fc00::/7', 'Block IPv6 ULA (RFC4193)', 5),
            ('deny', 'cidr', 'fe80::/10', 'Block IPv6 link-local', 6),
            ('deny', 'cidr', '::1/128', 'Block IPv6 loopback', 7),
            ('deny', 'cidr', '169.254.0.0/16', 'Block link-local and cloud metadata (RFC3927)', 8),
            ('deny', 'cidr', '0.0.0.0/8', 'Block this-network addresses (RFC1122)', 9),
            ('deny', 'cidr', '100.64.0.0/10', 'Block carrier-grade NAT (RFC6598)', 10),
            ('deny', 'cidr', '224.0.0.0/4', 'Block multicast (RFC5771)', 11),
            ('deny', 'cidr', '240.0.0.0/4', 'Block reserved and broadcast (RFC1112)', 12),
            ('deny', 'cidr', '192.0.0.0/24', 'Block IETF protocol assignments (RFC6890)', 13),
            ('deny', 'cidr', '198.18.0.0/15', 'Block benchmarking networks (RFC2544)', 14),
            ('deny', 'cidr', '64:ff9b::/96', 'Block NAT64 (RFC6052)', 15),
            ('deny', 'cidr', '2002::/16', 'Block 6to4 (RFC3056)', 16),
            ('deny', 'cidr', 'ff00::/8', 'Block IPv6 multicast (RFC4291)', 17);
        """;

    private static readonly string DefaultProject = $"""
        INSERT INTO projects (id, name, description, slug)
            VALUES ('{Project.DefaultProjectId}', 'Default Project', 'Your first default project', 'default-project');

        -- As the original's migration 002 did for every project that existed then.
        INSERT INTO project_network_policies (project_id, action, target_type, target_value, description, priority)
            SELECT '{Project.DefaultProjectId}', action, target_type, target_value, description, priority
            FROM global_network_policies
            ORDER BY priority;
        """;

    private const string DropStatements = """
        DROP TABLE "SequelizeMeta";
        DROP FUNCTION update_updated_at_column();
        DROP FUNCTION set_project_slug();
        DROP FUNCTION notify_gateway_change();
        DROP FUNCTION notify_gateway_domain_change();
        DROP FUNCTION notify_execution_cache_change();
        """;

    private static void CreateHandWrittenObjects(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(TriggerFunctions);
        migrationBuilder.Sql(Triggers);
        migrationBuilder.Sql(SequelizeMeta);
        migrationBuilder.Sql(GlobalSettings);
        migrationBuilder.Sql(GlobalNetworkPolicies);
        migrationBuilder.Sql(DefaultProject);
    }

    // Runs after the tables are dropped, which takes their triggers with them.
    private static void DropHandWrittenObjects(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(DropStatements);
}
