using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Npgsql;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>
/// Functions and execution logs written with SQL, as the runtime writes logs: every column under the test's control,
/// including a function without a project and a log's timestamp.
/// </summary>
public static class LogData
{
    public static async Task<Guid> CreateFunctionAsync(
        this InvokeApiFactory factory,
        TestProject? project,
        string? name = null,
        bool isActive = true,
        int executionCount = 0,
        bool retentionEnabled = false,
        string? retentionType = null,
        int? retentionValue = null)
    {
        await using var connection = await OpenAsync(factory);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO functions (name, project_id, is_active, execution_count, retention_enabled, retention_type, retention_value)
            VALUES (@name, @project, @active, @count, @retentionEnabled, @retentionType, @retentionValue)
            RETURNING id
            """,
            connection);
        command.Parameters.AddWithValue("name", name ?? IdentityData.UniqueName("fn"));
        command.Parameters.AddWithValue("project", (object?)project?.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("active", isActive);
        command.Parameters.AddWithValue("count", executionCount);
        command.Parameters.AddWithValue("retentionEnabled", retentionEnabled);
        command.Parameters.AddWithValue("retentionType", (object?)retentionType ?? DBNull.Value);
        command.Parameters.AddWithValue("retentionValue", (object?)retentionValue ?? DBNull.Value);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Gives the function version <paramref name="version"/> and makes it the active one.</summary>
    public static Task ActivateVersionAsync(this InvokeApiFactory factory, Guid functionId, int version) =>
        factory.ExecuteSqlAsync(
            """
            WITH v AS (
                INSERT INTO function_versions (function_id, version, file_size, package_hash)
                VALUES (@id, @version, 1, repeat('0', 64)) RETURNING id)
            UPDATE functions SET active_version_id = (SELECT id FROM v) WHERE id = @id
            """,
            ("id", functionId), ("version", version));

    public static async Task<int> AddLogAsync(this InvokeApiFactory factory, Guid? functionId, LogRow? row = null)
    {
        row ??= new LogRow();
        await using var connection = await OpenAsync(factory);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO execution_logs (function_id, status_code, execution_time_ms, request_size, response_size,
                request_headers, response_headers, request_body, response_body, request_method, request_url,
                console_logs, error_message, client_ip, user_agent, api_key_used, executed_at)
            VALUES (@function, @status, @time, 117, 999, @headers::jsonb, '{"content-type": "application/json"}',
                NULL, '{"ok":true}', 'PUT', '/invoke/x/path?i=1', @console::jsonb, NULL, '10.0.248.199',
                'bench-agent/1.0', false, CASE WHEN @noTimestamp THEN NULL ELSE now() - @age END)
            RETURNING id
            """,
            connection);
        command.Parameters.AddWithValue("function", (object?)functionId ?? DBNull.Value);
        command.Parameters.AddWithValue("status", (object?)row.StatusCode ?? DBNull.Value);
        command.Parameters.AddWithValue("time", (object?)row.ExecutionTimeMs ?? DBNull.Value);
        command.Parameters.AddWithValue("headers", (object?)row.RequestHeaders ?? DBNull.Value);
        command.Parameters.AddWithValue("console", (object?)row.ConsoleLogs ?? DBNull.Value);
        command.Parameters.AddWithValue("noTimestamp", row.NoTimestamp);
        command.Parameters.AddWithValue("age", row.Age ?? TimeSpan.FromMinutes(1));
        return (int)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> CountAsync(this InvokeApiFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(factory);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task ExecuteSqlAsync(this InvokeApiFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(factory);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A response body recorded from the original (the <c>NN-name.body.json</c> files).</summary>
    public static JsonElement RecordedBody(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WireExamples", fileName)));
        return document.RootElement.Clone();
    }

    private static async Task<NpgsqlConnection> OpenAsync(InvokeApiFactory factory)
    {
        var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
