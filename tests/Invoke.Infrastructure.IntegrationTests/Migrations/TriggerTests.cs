using System.Text.Json;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.Functions;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Migrations;

public sealed class TriggerTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(500);

    [Theory]
    [InlineData("users")]
    [InlineData("projects")]
    [InlineData("functions")]
    [InlineData("function_environment_variables")]
    [InlineData("project_environment_variables")]
    [InlineData("api_gateway_configs")]
    [InlineData("api_gateway_routes")]
    [InlineData("api_gateway_route_settings")]
    [InlineData("api_gateway_auth_methods")]
    public async Task Update_OnTableWithUpdatedAtTrigger_ShouldSetUpdatedAtToNow(string table)
    {
        await SaveGraphAsync();
        var before = DateTime.UtcNow.AddMinutes(-1);

        var stamps = await QueryAsync<DateTime>($"UPDATE {table} SET updated_at = '2000-01-01Z' RETURNING updated_at");

        Assert.NotEmpty(stamps);
        Assert.All(stamps, stamp => Assert.True(stamp > before, $"{table}.updated_at stayed {stamp:O}"));
    }

    [Fact]
    public async Task SaveChanges_WhenEntityUpdated_ShouldReadBackTheTriggerTimestamp()
    {
        var project = Project.Create("stamped", null, createdBy: null);
        await using var context = database.CreateContext();
        context.Projects.Add(project);
        await context.SaveChangesAsync();
        var inserted = project.UpdatedAt;

        project.UpdateDetails("stamped again", null);
        await context.SaveChangesAsync();

        var stored = await QueryAsync<DateTime>($"SELECT updated_at FROM projects WHERE id = '{project.Id}'");
        Assert.NotNull(inserted);
        Assert.True(project.UpdatedAt > inserted);
        Assert.Equal(stored.Single(), project.UpdatedAt);
    }

    [Theory]
    [InlineData("Plain Name")]
    [InlineData("My  Cool Project!")]
    [InlineData("Ünïcode & co")]
    [InlineData("_a__b_")]
    public async Task InsertProject_WithoutSlug_ShouldGetTheSlugTheDomainDerives(string name)
    {
        var slugs = await QueryAsync<string>($"INSERT INTO projects (name) VALUES ('{name}') RETURNING slug");

        Assert.Equal(ProjectSlug.FromName(name), Assert.Single(slugs));
    }

    [Fact]
    public async Task InsertProject_WithEmptySlug_ShouldGetTheDerivedSlug()
    {
        var slugs = await QueryAsync<string>("INSERT INTO projects (name, slug) VALUES ('Empty Slug', '') RETURNING slug");

        Assert.Equal("empty-slug", Assert.Single(slugs));
    }

    [Fact]
    public async Task EnvironmentVariableChanges_ShouldNotifyExecutionCacheWithTheFunctionId()
    {
        var function = await SaveFunctionAsync();
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, "execution_cache_invalidated");
        await using var context = database.CreateContext();
        var variable = FunctionEnvironmentVariable.Create(function.Id, "API_URL", "https://example.com", null);

        context.FunctionEnvironmentVariables.Add(variable);
        await context.SaveChangesAsync();
        context.FunctionEnvironmentVariables.Remove(variable);
        await context.SaveChangesAsync();

        AssertPayload(await listener.NextAsync(Delivery), ("table", "function_environment_variables"), ("action", "INSERT"), ("function_id", function.Id.ToString()));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "function_environment_variables"), ("action", "DELETE"), ("function_id", function.Id.ToString()));
    }

    [Fact]
    public async Task ProjectEnvironmentVariableChanges_ShouldNotifyExecutionCacheWithTheProjectId()
    {
        var projectId = await SaveProjectAsync();
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, "execution_cache_invalidated");
        await using var context = database.CreateContext();
        var variable = ProjectEnvironmentVariable.Create(projectId, "SHARED", "1", null);

        context.ProjectEnvironmentVariables.Add(variable);
        await context.SaveChangesAsync();
        await ExecuteAsync($"DELETE FROM project_environment_variables WHERE project_id = '{projectId}'");

        AssertPayload(await listener.NextAsync(Delivery), ("table", "project_environment_variables"), ("action", "INSERT"), ("project_id", projectId.ToString()));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "project_environment_variables"), ("action", "DELETE"), ("project_id", projectId.ToString()));
    }

    [Fact]
    public async Task NetworkPolicyChanges_ShouldNotifyExecutionCacheWithTheProjectIdForProjectRules()
    {
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, "execution_cache_invalidated");
        await using var context = database.CreateContext();

        context.ProjectNetworkPolicies.Add(ProjectNetworkPolicy.Create(Project.DefaultProjectId, "allow", "domain", "*.example.com", null, 100));
        await context.SaveChangesAsync();
        context.GlobalNetworkPolicies.Add(GlobalNetworkPolicy.Create("deny", "ip", "203.0.113.7", null, 100));
        await context.SaveChangesAsync();

        AssertPayload(await listener.NextAsync(Delivery), ("table", "project_network_policies"), ("action", "INSERT"), ("project_id", Project.DefaultProjectId.ToString()));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "global_network_policies"), ("action", "INSERT"));
    }

    [Fact]
    public async Task RouteChanges_ShouldNotifyGateway()
    {
        var config = ApiGatewayConfig.Create(await SaveProjectAsync());
        await using (var setup = database.CreateContext())
        {
            setup.ApiGatewayConfigs.Add(config);
            await setup.SaveChangesAsync();
        }

        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, "gateway_invalidated");
        await using var context = database.CreateContext();

        context.ApiGatewayRoutes.Add(ApiGatewayRoute.Create(config.Id, "/hello", functionId: null, sortOrder: 0));
        await context.SaveChangesAsync();

        AssertPayload(await listener.NextAsync(Delivery), ("table", "api_gateway_routes"), ("action", "INSERT"));
        AssertPayload(await listener.NextAsync(Delivery), ("table", "api_gateway_route_settings"), ("action", "INSERT"));
    }

    [Fact]
    public async Task SettingChanges_ShouldNotifyGatewayOnlyWhenTheGatewayDomainChanges()
    {
        await using var listener = await NotificationListener.StartAsync(database.ConnectionString, "gateway_invalidated");
        await using var context = database.CreateContext();
        var domain = await context.GlobalSettings.SingleAsync(s => s.SettingKey == "api_gateway_domain");
        var retention = await context.GlobalSettings.SingleAsync(s => s.SettingKey == "log_retention_value");

        retention.ChangeValue("30", DateTime.UtcNow);
        await context.SaveChangesAsync();
        var afterOtherSetting = await listener.NextAsync(Silence);
        domain.ChangeValue("api.example.com", DateTime.UtcNow);
        await context.SaveChangesAsync();
        var afterDomain = await listener.NextAsync(Delivery);
        await ExecuteAsync("UPDATE global_settings SET setting_value = setting_value WHERE setting_key = 'api_gateway_domain'");
        var afterSameValue = await listener.NextAsync(Silence);

        Assert.Null(afterOtherSetting);
        AssertPayload(afterDomain, ("table", "global_settings"), ("action", "UPDATE"));
        Assert.Null(afterSameValue);
    }

    private static void AssertPayload(JsonElement? payload, params (string Name, string Value)[] expected)
    {
        Assert.NotNull(payload);
        var properties = payload.Value.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToArray();
        Assert.Equal(expected.OrderBy(p => p.Name), properties.OrderBy(p => p.Name));
    }

    private async Task<Guid> SaveProjectAsync()
    {
        var project = Project.Create("Project " + Guid.NewGuid(), null, createdBy: null);
        await using var context = database.CreateContext();
        context.Projects.Add(project);
        await context.SaveChangesAsync();
        return project.Id;
    }

    private async Task<Function> SaveFunctionAsync()
    {
        var function = Function.Create(await SaveProjectAsync(), "fn", null, deployedBy: null);
        await using var context = database.CreateContext();
        context.Functions.Add(function);
        await context.SaveChangesAsync();
        return function;
    }

    /// <summary>One row in every table that has an updated_at trigger.</summary>
    private async Task SaveGraphAsync()
    {
        var function = await SaveFunctionAsync();
        var config = ApiGatewayConfig.Create(function.ProjectId!.Value);
        await using var context = database.CreateContext();
        context.Users.Add(User.Create("user-" + Guid.NewGuid().ToString("N")[..8], $"{Guid.NewGuid():N}@example.com", "hash", isAdmin: false));
        context.FunctionEnvironmentVariables.Add(FunctionEnvironmentVariable.Create(function.Id, "KEY", "value", null));
        context.ProjectEnvironmentVariables.Add(ProjectEnvironmentVariable.Create(function.ProjectId.Value, "KEY", "value", null));
        context.ApiGatewayConfigs.Add(config);
        context.ApiGatewayRoutes.Add(ApiGatewayRoute.Create(config.Id, "/graph", function.Id, sortOrder: 0));
        context.ApiGatewayAuthMethods.Add(ApiGatewayAuthMethod.Create(config.Id, "keys", AuthMethodType.ApiKey, """{"apiKeys":["k"]}"""));
        await context.SaveChangesAsync();
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
