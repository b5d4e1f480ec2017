using System.Text.Json;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Caching;

public sealed class CacheTriggerTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Channel = "invoke_cache_invalidated";
    private const string ScheduleChannel = "invoke_schedule_changed";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task UserChanges_ShouldNotifyWithTheUserIdButNotForALogin()
    {
        var userId = await ScalarAsync<int>("INSERT INTO users (username, email, password_hash) VALUES ('trigger-user', 'tu@example.com', 'x') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"UPDATE users SET last_login = now() WHERE id = {userId}");
        var afterLogin = await listener.NextAsync(Silence);
        await ExecuteAsync($"UPDATE users SET is_admin = true WHERE id = {userId}");
        var afterPromotion = await listener.NextAsync(Delivery);

        Assert.Null(afterLogin);
        AssertPayload(afterPromotion, ("table", "users"), ("action", "UPDATE"), ("id", userId.ToString()));
    }

    [Fact]
    public async Task ApiKeyChanges_ShouldNotifyOnRevocationButNotOnUse()
    {
        var keyId = await ScalarAsync<int>($"INSERT INTO api_keys (key_hash, name) VALUES ('{new string('a', 64)}', 'k') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"UPDATE api_keys SET last_used = now(), usage_count = usage_count + 5 WHERE id = {keyId}");
        var afterUse = await listener.NextAsync(Silence);
        await ExecuteAsync($"UPDATE api_keys SET is_active = false WHERE id = {keyId}");
        var afterRevocation = await listener.NextAsync(Delivery);

        Assert.Null(afterUse);
        AssertPayload(afterRevocation, ("table", "api_keys"), ("action", "UPDATE"), ("id", keyId.ToString()));
    }

    [Fact]
    public async Task FunctionChanges_ShouldNotifyWithFunctionAndProjectIdsButNotForInvocationCounters()
    {
        var projectId = await NewProjectAsync();
        var functionId = await ScalarAsync<Guid>($"INSERT INTO functions (name, project_id) VALUES ('fn', '{projectId}') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"UPDATE functions SET execution_count = execution_count + 1, last_executed = now(), next_execution = now() WHERE id = '{functionId}'");
        var afterInvocation = await listener.NextAsync(Silence);
        await ExecuteAsync($"UPDATE functions SET is_active = NOT is_active WHERE id = '{functionId}'");
        var afterToggle = await listener.NextAsync(Delivery);

        Assert.Null(afterInvocation);
        AssertPayload(afterToggle, ("table", "functions"), ("action", "UPDATE"), ("id", functionId.ToString()), ("project_id", projectId.ToString()));
    }

    [Fact]
    public async Task FunctionChanges_OfTheSchedulersLeaseAndFailureCount_ShouldNotNotifyTheCache()
    {
        var functionId = await ScalarAsync<Guid>($"INSERT INTO functions (name, project_id) VALUES ('leased', '{await NewProjectAsync()}') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"UPDATE functions SET schedule_running_until = now(), schedule_failure_count = 2, last_scheduled_execution = now() WHERE id = '{functionId}'");

        Assert.Null(await listener.NextAsync(Silence));
    }

    [Fact]
    public async Task ScheduleChanges_ShouldWakeTheSchedulerButItsOwnClaimsShouldNot()
    {
        var functionId = await ScalarAsync<Guid>($"INSERT INTO functions (name, project_id, schedule_enabled) VALUES ('woken', '{await NewProjectAsync()}', false) RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, ScheduleChannel);

        await ExecuteAsync($"UPDATE functions SET next_execution = now() + interval '1 hour', last_scheduled_execution = now() WHERE id = '{functionId}'");
        var afterClaim = await listener.NextAsync(Silence);
        await ExecuteAsync($"UPDATE functions SET execution_count = 7 WHERE id = '{functionId}'");
        var afterCounter = await listener.NextAsync(Silence);
        await ExecuteAsync($"UPDATE functions SET next_execution = now() WHERE id = '{functionId}'");
        var afterEdit = await listener.NextAsync(Delivery);

        Assert.Null(afterClaim);
        Assert.Null(afterCounter);
        AssertPayload(afterEdit, ("id", functionId.ToString()));
    }

    [Fact]
    public async Task Update_WhenARowMovesToAnotherProject_ShouldNotifyUnderTheOldAndTheNewProject()
    {
        var from = await NewProjectAsync();
        var to = await NewProjectAsync();
        var functionId = await ScalarAsync<Guid>($"INSERT INTO functions (name, project_id) VALUES ('mover', '{from}') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"UPDATE functions SET project_id = '{to}' WHERE id = '{functionId}'");

        AssertPayload(await listener.NextAsync(Delivery), ("table", "functions"), ("action", "UPDATE"), ("id", functionId.ToString()), ("project_id", from.ToString()));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "functions"), ("action", "UPDATE"), ("id", functionId.ToString()), ("project_id", to.ToString()));
    }

    [Fact]
    public async Task MembershipAndVersionInserts_ShouldNotifyWithTheIdsTheirQueriesAreKeyedBy()
    {
        var projectId = await NewProjectAsync();
        var userId = await ScalarAsync<int>("INSERT INTO users (username, email, password_hash) VALUES ('member', 'm@example.com', 'x') RETURNING id");
        var functionId = await ScalarAsync<Guid>($"INSERT INTO functions (name, project_id) VALUES ('versioned', '{projectId}') RETURNING id");
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"INSERT INTO project_memberships (project_id, user_id, role) VALUES ('{projectId}', {userId}, 'developer')");
        await ExecuteAsync($"INSERT INTO function_versions (function_id, version, file_size, package_hash) VALUES ('{functionId}', 1, 10, '{new string('b', 64)}')");

        AssertPayload(await listener.NextAsync(Delivery), ("table", "project_memberships"), ("action", "INSERT"), ("user_id", userId.ToString()), ("project_id", projectId.ToString()));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "function_versions"), ("action", "INSERT"), ("function_id", functionId.ToString()));
    }

    [Fact]
    public async Task SettingChanges_ShouldNotifyForEverySettingWithItsKey()
    {
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync("UPDATE global_settings SET setting_value = '30' WHERE setting_key = 'log_retention_value'");
        var changed = await listener.NextAsync(Delivery);
        await ExecuteAsync("UPDATE global_settings SET setting_value = setting_value, updated_at = now() WHERE setting_key = 'log_retention_value'");
        var unchanged = await listener.NextAsync(Silence);

        AssertPayload(changed, ("table", "global_settings"), ("action", "UPDATE"), ("setting_key", "log_retention_value"));
        Assert.Null(unchanged);
    }

    [Fact]
    public async Task Delete_ShouldNotifyWithTheIdsOfTheDeletedRow()
    {
        var projectId = await NewProjectAsync();
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"DELETE FROM projects WHERE id = '{projectId}'");

        AssertPayload(await listener.NextAsync(Delivery), ("table", "projects"), ("action", "DELETE"), ("id", projectId.ToString()));
    }

    [Theory]
    [InlineData("function_environment_variables")]
    [InlineData("api_gateway_route_auth_methods")]
    [InlineData("users")]
    public async Task Truncate_ShouldNotifyTheWholeTable(string table)
    {
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, Channel);

        await ExecuteAsync($"BEGIN; TRUNCATE {table} CASCADE; ROLLBACK; TRUNCATE {table} CASCADE");

        var payloads = new List<JsonElement>();
        while (await listener.NextAsync(Silence) is { } payload)
        {
            payloads.Add(payload);
        }

        Assert.Contains(payloads, payload => payload.GetProperty("table").GetString() == table
            && payload.GetProperty("action").GetString() == "TRUNCATE"
            && payload.EnumerateObject().Count() == 2);
    }

    private static void AssertPayload(JsonElement? payload, params (string Name, string Value)[] expected)
    {
        Assert.NotNull(payload);
        var properties = payload.Value.EnumerateObject()
            .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToArray();
        Assert.Equal(expected.OrderBy(p => p.Name), properties.OrderBy(p => p.Name));
    }

    private Task<Guid> NewProjectAsync() =>
        ScalarAsync<Guid>($"INSERT INTO projects (name) VALUES ('Trigger {Guid.NewGuid():N}') RETURNING id");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
