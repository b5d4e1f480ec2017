using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// NOTIFY triggers for the cached tables the original channels do not cover, on Invoke's own channel
/// <c>invoke_cache_invalidated</c> (docs/adr/0013). The payload is <c>{"table", "action"}</c> plus the id columns given
/// to the trigger, so that the cache evicts only what depends on those rows. Updates that change nothing but
/// bookkeeping columns (updated_at, counters, last use) stay silent. Truncating any cached table, including those of the
/// original channels, notifies the whole table. The original channels' triggers are left exactly as they are.
/// </summary>
public partial class CacheInvalidationTriggers : Migration
{
    /// <summary>The bookkeeping columns of this migration (SQL string literals); later migrations add to them.</summary>
    internal const string UnnotifiedColumns =
        "'updated_at', 'last_login', 'last_used', 'usage_count', 'execution_count', 'last_executed', 'next_execution', " +
        "'last_scheduled_execution'";

    private static readonly string Functions = ChangeFunction("CREATE", UnnotifiedColumns) + """

        CREATE FUNCTION notify_invoke_cache_truncate() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('invoke_cache_invalidated', jsonb_build_object('table', TG_TABLE_NAME, 'action', TG_OP)::text);
            RETURN NULL;
        END;
        $$;
        """;

    /// <summary>
    /// The row trigger's function, <paramref name="verb"/> being <c>CREATE</c> or <c>CREATE OR REPLACE</c>, ignoring
    /// updates that change only <paramref name="unnotifiedColumns"/>.
    /// </summary>
    internal static string ChangeFunction(string verb, string unnotifiedColumns) => $$"""
        {{verb}} FUNCTION notify_invoke_cache_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            -- Kept in step with CacheTags.UnnotifiedColumns: cached results never contain these.
            unnotified_columns constant text[] := ARRAY[{{unnotifiedColumns}}];
            old_row jsonb;
            new_row jsonb;
            affected jsonb;
            payload jsonb;
            id_column text;
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                old_row := to_jsonb(OLD);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                new_row := to_jsonb(NEW);
            END IF;
            IF TG_OP = 'UPDATE' AND old_row - unnotified_columns = new_row - unnotified_columns THEN
                RETURN NULL;
            END IF;

            -- An update that moves a row (another project, another key) is reported under its old and its new ids;
            -- PostgreSQL delivers identical payloads of one transaction only once.
            FOREACH affected IN ARRAY ARRAY[old_row, new_row] LOOP
                CONTINUE WHEN affected IS NULL;
                payload := jsonb_build_object('table', TG_TABLE_NAME, 'action', TG_OP);
                FOREACH id_column IN ARRAY TG_ARGV LOOP
                    payload := payload || jsonb_build_object(id_column, affected -> id_column);
                END LOOP;
                PERFORM pg_notify('invoke_cache_invalidated', payload::text);
            END LOOP;
            RETURN NULL;
        END;
        $$;
        """;

    private static readonly (string Table, string IdColumns)[] RowTriggers =
    [
        ("users", "'id'"),
        ("api_keys", "'id'"),
        ("projects", "'id'"),
        ("project_memberships", "'user_id', 'project_id'"),
        ("functions", "'id', 'project_id'"),
        ("function_versions", "'function_id'"),
        ("global_settings", "'setting_key'"),
    ];

    private static readonly string[] TruncateTriggerTables =
    [
        .. RowTriggers.Select(trigger => trigger.Table),
        "function_environment_variables", "project_network_policies", "global_network_policies",
        "api_gateway_configs", "api_gateway_routes", "api_gateway_route_settings", "api_gateway_auth_methods",
        "api_gateway_route_auth_methods",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Functions);
        foreach (var (table, idColumns) in RowTriggers)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER trig_notify_cache_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION notify_invoke_cache_change({idColumns});
                """);
        }

        foreach (var table in TruncateTriggerTables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER trig_notify_cache_truncate_{table} AFTER TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_invoke_cache_truncate();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in TruncateTriggerTables)
        {
            migrationBuilder.Sql($"DROP TRIGGER trig_notify_cache_truncate_{table} ON {table};");
        }

        foreach (var (table, _) in RowTriggers)
        {
            migrationBuilder.Sql($"DROP TRIGGER trig_notify_cache_{table} ON {table};");
        }

        migrationBuilder.Sql("DROP FUNCTION notify_invoke_cache_truncate(); DROP FUNCTION notify_invoke_cache_change();");
    }
}
