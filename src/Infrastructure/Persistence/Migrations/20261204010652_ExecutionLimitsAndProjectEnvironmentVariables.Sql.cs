namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>What EF Core cannot model: the new table's triggers, the execution channel's payload for it, and the settings rows.</summary>
public partial class ExecutionLimitsAndProjectEnvironmentVariables
{
    private const string ExecutionCacheProjectTables = "'project_network_policies', 'project_environment_variables'";

    private const string PreviousExecutionCacheProjectTables = "'project_network_policies'";

    // As for function variables: updated_at by trigger, changes on the original's execution channel, truncations on
    // Invoke's channel (CacheInvalidationTriggers).
    private const string ProjectVariableTriggers = """
        CREATE TRIGGER update_project_env_vars_updated_at BEFORE UPDATE ON project_environment_variables
            FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
        CREATE TRIGGER trig_notify_exec_project_env_vars AFTER INSERT OR UPDATE OR DELETE ON project_environment_variables
            FOR EACH ROW EXECUTE FUNCTION notify_execution_cache_change();
        CREATE TRIGGER trig_notify_cache_truncate_project_environment_variables AFTER TRUNCATE ON project_environment_variables
            FOR EACH STATEMENT EXECUTE FUNCTION notify_invoke_cache_truncate();
        """;

    // A database that already has a row keeps its value.
    private const string ExecutionSettings = """
        INSERT INTO global_settings (setting_key, setting_value, description) VALUES
            ('execution_default_timeout_seconds', '30', 'Default function execution timeout in seconds (used when the function has no custom timeout)'),
            ('execution_max_timeout_seconds', '60', 'Maximum function execution timeout in seconds'),
            ('execution_default_memory_mb', '256', 'Default function memory limit in MB (used when the function has no custom memory limit)'),
            ('execution_max_memory_mb', '1024', 'Maximum function memory limit in MB')
        ON CONFLICT (setting_key) DO NOTHING;
        """;

    private const string RemoveExecutionSettings = """
        DELETE FROM global_settings WHERE setting_key IN ('execution_default_timeout_seconds',
            'execution_max_timeout_seconds', 'execution_default_memory_mb', 'execution_max_memory_mb');
        """;

    /// <summary>
    /// The execution channel's trigger function as InitialSchema creates it, with <paramref name="projectTables"/> (SQL
    /// string literals) as the tables whose payload names <c>project_id</c>.
    /// </summary>
    private static string ExecutionCacheFunction(string projectTables) => $"""
        CREATE OR REPLACE FUNCTION notify_execution_cache_change() RETURNS trigger
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
            ELSIF TG_TABLE_NAME IN ({projectTables}) THEN
                payload := payload || jsonb_build_object('project_id', affected.project_id);
            END IF;

            PERFORM pg_notify('execution_cache_invalidated', payload::text);
            RETURN NULL;
        END;
        $$;
        """;
}
