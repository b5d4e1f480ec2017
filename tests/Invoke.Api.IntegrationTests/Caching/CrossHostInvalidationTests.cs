using System.Diagnostics;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;
using Invoke.Application.Runtime.Queries.GetFunctionEnvironment;
using Invoke.Application.Runtime.Queries.GetInvocationTarget;
using Invoke.Application.Runtime.Queries.GetNetworkPolicies;
using Invoke.Application.Runtime.Queries.GetGatewayRoutes;
using Invoke.Application.Settings.Queries.GetGlobalSettings;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>A change made through instance A, or with plain SQL, reaches instance B's cached queries.</summary>
public sealed class CrossHostInvalidationTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task GlobalSettings_ChangedThroughHostA_ShouldBeEvictedOnHostBWithin200Ms()
    {
        await using var scope = hosts.A.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var setting = await context.GlobalSettings.SingleAsync(s => s.SettingKey == "function_base_url");
        var value = $"https://{Guid.NewGuid():N}.example.com/invoke";
        setting.ChangeValue(value, DateTime.UtcNow);

        await ChangeAndAssertFreshOnBAsync(
            new GetGlobalSettingsQuery(IncludeAdministrative: true),
            () => context.SaveChangesAsync(),
            settings => settings["function_base_url"].Value == value);
    }

    [Fact]
    public async Task GlobalSettings_ChangedWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var value = Guid.NewGuid().ToString("N");

        await ChangeAndAssertFreshOnBAsync(
            new GetGlobalSettingsQuery(IncludeAdministrative: true),
            () => ExecuteAsync($"UPDATE global_settings SET setting_value = '{value}' WHERE setting_key = 'api_gateway_domain'"),
            settings => settings["api_gateway_domain"].Value == value);
    }

    [Fact]
    public async Task EnvironmentVariables_AddedWithPlainSql_ShouldBeEvictedOnHostBWithin200MsForThatFunctionOnly()
    {
        var changed = await NewFunctionAsync();
        var untouched = await NewFunctionAsync();
        await WarmAsync(new GetFunctionEnvironmentQuery(changed));
        await WarmAsync(new GetFunctionEnvironmentQuery(untouched));
        var evictions = hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Evictions;

        await ChangeAndAssertFreshOnBAsync(
            new GetFunctionEnvironmentQuery(changed),
            () => ExecuteAsync($"INSERT INTO function_environment_variables (function_id, variable_name, variable_value) VALUES ('{changed}', 'API_URL', 'https://api.example.com')"),
            environment => environment.GetValueOrDefault("API_URL") == "https://api.example.com");

        var hits = hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Hits;
        Assert.Empty(await hosts.B.SendAsync(new GetFunctionEnvironmentQuery(untouched)));
        Assert.Equal(hits + 1, hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Hits);
        Assert.Equal(evictions + 1, hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Evictions);
    }

    [Fact]
    public async Task FunctionEnvironment_WhenAProjectVariableIsAddedWithPlainSql_ShouldBeEvictedOnHostBForThatProjectsFunctionsOnly()
    {
        var projectId = await NewProjectAsync();
        var changed = await NewFunctionAsync(projectId);
        var elsewhere = await NewFunctionAsync();
        await WarmAsync(new GetFunctionEnvironmentQuery(elsewhere));
        var evictions = hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Evictions;

        await ChangeAndAssertFreshOnBAsync(
            new GetFunctionEnvironmentQuery(changed),
            () => ExecuteAsync($"INSERT INTO project_environment_variables (project_id, variable_name, variable_value) VALUES ('{projectId}', 'SHARED', 'project')"),
            environment => environment.GetValueOrDefault("SHARED") == "project");

        var hits = hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Hits;
        Assert.Empty(await hosts.B.SendAsync(new GetFunctionEnvironmentQuery(elsewhere)));
        Assert.Equal(hits + 1, hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Hits);
        Assert.Equal(evictions + 1, hosts.B.CountersOf(nameof(GetFunctionEnvironmentQuery)).Evictions);
    }

    [Fact]
    public async Task FunctionEnvironment_WhenTheFunctionGetsAVariableOfTheProjectsName_ShouldServeTheFunctionsValueOnHostB()
    {
        var projectId = await NewProjectAsync();
        var functionId = await NewFunctionAsync(projectId);
        await ExecuteAsync($"INSERT INTO project_environment_variables (project_id, variable_name, variable_value) VALUES ('{projectId}', 'REGION', 'project'), ('{projectId}', 'ONLY_PROJECT', 'p')");

        await ChangeAndAssertFreshOnBAsync(
            new GetFunctionEnvironmentQuery(functionId),
            () => ExecuteAsync($"INSERT INTO function_environment_variables (function_id, variable_name, variable_value) VALUES ('{functionId}', 'REGION', 'function')"),
            environment => environment.GetValueOrDefault("REGION") == "function" && environment.GetValueOrDefault("ONLY_PROJECT") == "p");
    }

    [Fact]
    public async Task ExecutionLimits_WhenTheFunctionsLimitsOrAnExecutionSettingChangeWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var functionId = await NewFunctionAsync();

        await ChangeAndAssertFreshOnBAsync(
            new GetExecutionLimitsQuery(functionId),
            () => ExecuteAsync($"UPDATE functions SET custom_timeout_enabled = true, custom_timeout_seconds = 45 WHERE id = '{functionId}'"),
            limits => limits.Timeout == TimeSpan.FromSeconds(45));
        await ChangeAndAssertFreshOnBAsync(
            new GetExecutionLimitsQuery(functionId),
            () => ExecuteAsync("UPDATE global_settings SET setting_value = '40' WHERE setting_key = 'execution_max_timeout_seconds'"),
            limits => limits.Timeout == TimeSpan.FromSeconds(40));
        await ChangeAndAssertFreshOnBAsync(
            new GetExecutionLimitsQuery(functionId),
            () => ExecuteAsync("UPDATE global_settings SET setting_value = '512' WHERE setting_key = 'execution_default_memory_mb'"),
            limits => limits.MemoryBytes == 512L * 1024 * 1024);
    }

    [Fact]
    public async Task ExecutionLimits_WhenAnotherSettingChanges_ShouldStayCachedOnHostB()
    {
        var functionId = await NewFunctionAsync();
        await WarmAsync(new GetExecutionLimitsQuery(functionId));
        var evictions = hosts.B.CountersOf(nameof(GetExecutionLimitsQuery)).Evictions;

        await ExecuteAsync($"UPDATE global_settings SET setting_value = 'https://{Guid.NewGuid():N}.example.com/invoke' WHERE setting_key = 'function_base_url'");
        await hosts.B.SettleCacheAsync();

        Assert.Equal(evictions, hosts.B.CountersOf(nameof(GetExecutionLimitsQuery)).Evictions);
    }

    [Fact]
    public async Task NetworkPolicies_ChangedWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var projectId = await NewProjectAsync();
        await AddProjectRuleAsync(projectId, "first.example.com");

        await ChangeAndAssertFreshOnBAsync(
            new GetNetworkPoliciesQuery(projectId),
            () => AddProjectRuleAsync(projectId, "second.example.com"),
            policies => policies.ProjectRules.Any(r => r.TargetValue == "second.example.com"));
        await ChangeAndAssertFreshOnBAsync(
            new GetNetworkPoliciesQuery(projectId),
            () => ExecuteAsync("INSERT INTO global_network_policies (action, target_type, target_value, priority) VALUES ('deny', 'ip', '203.0.113.9', 99)"),
            policies => policies.GlobalRules.Any(r => r.TargetValue == "203.0.113.9"));
    }

    [Fact]
    public async Task InvocationTarget_WhenTheFunctionOrItsProjectChangesWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var projectId = await NewProjectAsync();
        var functionId = await NewFunctionAsync(projectId);

        await ChangeAndAssertFreshOnBAsync(
            new GetInvocationTargetQuery(functionId),
            () => ExecuteAsync($"UPDATE functions SET requires_api_key = true, api_key = 'k' WHERE id = '{functionId}'"),
            target => target!.RequiresApiKey);
        await ChangeAndAssertFreshOnBAsync(
            new GetInvocationTargetQuery(functionId),
            () => ExecuteAsync($"UPDATE projects SET is_active = false WHERE id = '{projectId}'"),
            target => !target!.ProjectActive);
    }

    [Fact]
    public async Task InvocationTarget_WhenAVersionIsActivatedWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var functionId = await NewFunctionAsync();
        var versionId = await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO function_versions (function_id, version, file_size, package_hash) VALUES ('{functionId}', 1, 3, '{new string('c', 64)}') RETURNING id");

        await ChangeAndAssertFreshOnBAsync(
            new GetInvocationTargetQuery(functionId),
            () => ExecuteAsync($"UPDATE functions SET active_version_id = '{versionId}' WHERE id = '{functionId}'"),
            target => target!.ActiveVersion?.VersionId == versionId);
    }

    [Fact]
    public async Task GatewayRoutes_WhenARouteIsAddedWithPlainSql_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var projectId = await NewProjectAsync();
        var configId = await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO api_gateway_configs (project_id, enabled) VALUES ('{projectId}', true) RETURNING id");
        await AddRouteAsync(configId, "/first");

        await ChangeAndAssertFreshOnBAsync(
            new GetGatewayRoutesQuery(),
            () => AddRouteAsync(configId, "/second"),
            table => table.Projects.Single(p => p.ProjectId == projectId).Routes.Select(r => r.RoutePath).SequenceEqual(["/first", "/second"]));
    }

    [Fact]
    public async Task GatewayRoutes_WhenARouteIsRenamedThroughHostAsAdminApi_ShouldBeEvictedOnHostBWithin200Ms()
    {
        var projectId = await NewProjectAsync();
        var configId = await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO api_gateway_configs (project_id, enabled) VALUES ('{projectId}', true) RETURNING id");
        await AddRouteAsync(configId, "/old");
        var routeId = await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"SELECT id FROM api_gateway_routes WHERE gateway_config_id = '{configId}'");
        var admin = hosts.A.CreateClientFor(await hosts.A.CreateUserAsync(isAdmin: true));

        await ChangeAndAssertFreshOnBAsync(
            new GetGatewayRoutesQuery(),
            async () => (await admin.PutAsync($"/api/gateway/routes/{routeId}?projectId={projectId}",
                new StringContent("""{"routePath":"/new"}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode(),
            table => table.Projects.Single(p => p.ProjectId == projectId).Routes.Single().RoutePath == "/new");
    }

    [Fact]
    public async Task GatewayRoutes_WhenAProjectIsDeactivatedWithPlainSql_ShouldDropItOnHostBWithin200Ms()
    {
        var projectId = await NewProjectAsync();
        var configId = await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO api_gateway_configs (project_id, enabled) VALUES ('{projectId}', true) RETURNING id");
        await AddRouteAsync(configId, "/only");

        await ChangeAndAssertFreshOnBAsync(
            new GetGatewayRoutesQuery(),
            () => ExecuteAsync($"UPDATE projects SET is_active = false WHERE id = '{projectId}'"),
            table => table.Projects.All(p => p.ProjectId != projectId));
    }

    /// <summary>
    /// Loads the query on B until B serves it from its cache: notifications of the setup may still arrive, and for a
    /// debounce window after a burst of changes nothing with the burst's tags is stored.
    /// </summary>
    private async Task WarmAsync<TResponse>(IRequest<TResponse> query)
    {
        var name = query.GetType().Name;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var hits = hosts.B.CountersOf(name).Hits;
            await hosts.B.SendAsync(query);
            if (hosts.B.CountersOf(name).Hits > hits)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Host B never served {name} from its cache.");
    }

    /// <summary>
    /// Has B cache the query, makes the change and checks that B evicts its cached result within the deadline (timed
    /// from the commit, with no database work on B meanwhile) and then answers with the changed data.
    /// </summary>
    private async Task ChangeAndAssertFreshOnBAsync<TResponse>(IRequest<TResponse> query, Func<Task> change, Func<TResponse, bool> isFresh)
    {
        var name = query.GetType().Name;
        await WarmAsync(query);
        var evictions = hosts.B.CountersOf(name).Evictions;

        await change();
        var stopwatch = Stopwatch.StartNew();
        while (hosts.B.CountersOf(name).Evictions == evictions)
        {
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Host B never evicted {name}.");
            await Task.Delay(1);
        }

        var latency = stopwatch.Elapsed;
        Assert.True(latency < Deadline, $"Host B evicted {name} {latency.TotalMilliseconds:F1} ms after the commit.");
        Assert.True(isFresh(await hosts.B.SendAsync(query)), $"Host B served stale {name} after evicting it.");
    }

    private Task AddProjectRuleAsync(Guid projectId, string domain) =>
        Database.ExecuteAsync(hosts.ConnectionString, $"INSERT INTO project_network_policies (project_id, action, target_type, target_value, priority) VALUES ('{projectId}', 'allow', 'domain', '{domain}', 1)");

    private Task AddRouteAsync(Guid configId, string path) =>
        Database.ExecuteAsync(hosts.ConnectionString, $"""
            WITH route AS (INSERT INTO api_gateway_routes (gateway_config_id, route_path) VALUES ('{configId}', '{path}') RETURNING id)
            INSERT INTO api_gateway_route_settings (route_id) SELECT id FROM route
            """);

    private Task ExecuteAsync(string sql) => Database.ExecuteAsync(hosts.ConnectionString, sql);

    private Task<Guid> NewProjectAsync() =>
        Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO projects (name) VALUES ('Cache {Guid.NewGuid():N}') RETURNING id");

    private async Task<Guid> NewFunctionAsync(Guid? projectId = null)
    {
        var project = projectId ?? await NewProjectAsync();
        return await Database.ScalarAsync<Guid>(hosts.ConnectionString, $"INSERT INTO functions (name, project_id) VALUES ('fn', '{project}') RETURNING id");
    }
}
