namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// The batch insert behind <c>InvokeDbContext.AppendExecutionLogsAsync</c>: one row per object of the JSON array, its
/// members named as the columns (<c>ExecutionLogRows</c> writes them). A missing <c>executed_at</c> or
/// <c>api_key_used</c> takes the column's default, as an insert that leaves it out would.
/// </summary>
public partial class AppendExecutionLogsFunction
{
    private const string CreateFunction = """
        CREATE FUNCTION append_execution_logs(logs text) RETURNS TABLE (count integer)
        LANGUAGE sql VOLATILE AS $$
            WITH inserted AS (
                INSERT INTO execution_logs (
                    function_id, status_code, execution_time_ms, request_size, response_size, request_headers,
                    response_headers, request_body, response_body, request_method, request_url, console_logs,
                    error_message, client_ip, user_agent, api_key_used, executed_at)
                SELECT
                    r.function_id, r.status_code, r.execution_time_ms, r.request_size, r.response_size, r.request_headers,
                    r.response_headers, r.request_body, r.response_body, r.request_method, r.request_url, r.console_logs,
                    r.error_message, r.client_ip, r.user_agent, coalesce(r.api_key_used, false), coalesce(r.executed_at, now())
                FROM jsonb_to_recordset(logs::jsonb) AS r(
                    function_id uuid, status_code integer, execution_time_ms integer, request_size bigint,
                    response_size bigint, request_headers jsonb, response_headers jsonb, request_body text,
                    response_body text, request_method character varying(10), request_url text, console_logs jsonb,
                    error_message text, client_ip inet, user_agent text, api_key_used boolean,
                    executed_at timestamp with time zone)
                RETURNING 1)
            SELECT count(*)::integer FROM inserted
        $$;
        """;

    private const string DropFunction = "DROP FUNCTION append_execution_logs(text);";
}
