using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Invoke.Application.Common.Exceptions;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.ApiKeys;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Invoke.Domain.KeyValueStore;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using Invoke.Domain.Settings;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.IntegrationTests.Persistence;

/// <summary>Every entity written through InvokeDbContext reads back with every column intact.</summary>
public sealed class RoundTripTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task UserAndApiKey_ShouldRoundTrip()
    {
        var user = User.Create(Unique("dev"), $"{Guid.NewGuid():N}@example.com", "$2b$12$hash", isAdmin: false);
        user.RecordLogin(DateTime.UtcNow);
        await SaveAsync(user);
        var key = ApiKey.Create("cli", new string('a', 64), user.Id);
        key.RecordUse(DateTime.UtcNow);

        await SaveAsync(key);

        await AssertStoredAsync(user, context => context.Users.SingleAsync(u => u.Id == user.Id));
        await AssertStoredAsync(key, context => context.ApiKeys.SingleAsync(k => k.Id == key.Id));
    }

    [Fact]
    public async Task ProjectMembershipAndKvEntry_ShouldRoundTrip()
    {
        var user = User.Create(Unique("member"), $"{Guid.NewGuid():N}@example.com", "hash", isAdmin: false);
        var project = Project.Create(Unique("Project"), "described", createdBy: null, kvStorageLimitBytes: 5_000_000_000);
        await SaveAsync(user, project);
        var membership = ProjectMembership.Create(project.Id, user.Id, ProjectRole.Owner, createdBy: user.Id);
        var entry = ProjectKvEntry.Create(
            project.Id, "counter", "42", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), ProjectKvEntry.DefaultValueMaxBytes);
        var variable = ProjectEnvironmentVariable.Create(project.Id, "SHARED_URL", "https://example.com", "for every function");

        await SaveAsync(membership, entry, variable);

        await AssertStoredAsync(project, context => context.Projects.SingleAsync(p => p.Id == project.Id));
        await AssertStoredAsync(membership, context => context.ProjectMemberships.SingleAsync(m => m.Id == membership.Id));
        await AssertStoredAsync(entry, context => context.ProjectKvEntries.SingleAsync(e => e.Key == entry.Key));
        await AssertStoredAsync(variable, context => context.ProjectEnvironmentVariables.SingleAsync(v => v.Id == variable.Id));
    }

    [Fact]
    public async Task FunctionWithSettingsVariableAndLog_ShouldRoundTrip()
    {
        var function = Function.Create(Project.DefaultProjectId, Unique("fn"), null, deployedBy: null);
        function.RequireApiKey(new string('k', 64));
        function.ConfigureRetention(enabled: true, RetentionType.Count, 100);
        function.ConfigureSchedule(enabled: true, "*/5 * * * *", DateTime.UtcNow.AddMinutes(5));
        function.SetCustomLimits(timeoutEnabled: true, 45, memoryEnabled: false, 512);
        await SaveAsync(function);
        var variable = FunctionEnvironmentVariable.Create(function.Id, "API_URL", "https://example.com", "where to call");
        var log = ExecutionLog.Record(
            function.Id, 200, 12, "POST", requestUrl: "/fn?x=1", requestSize: 2, responseSize: 5,
            requestHeaders: """{"content-type":"application/json"}""", responseHeaders: "{}", requestBody: "{}",
            responseBody: "hello", consoleLogs: """[{"level":"log","message":"hi","timestamp":1}]""",
            clientIp: IPAddress.Parse("2001:db8::1"), userAgent: "curl/8");

        await SaveAsync(variable, log);

        await AssertStoredAsync(function, context => context.Functions.SingleAsync(f => f.Id == function.Id));
        await AssertStoredAsync(variable, context => context.FunctionEnvironmentVariables.SingleAsync(v => v.Id == variable.Id));
        await AssertStoredAsync(log, context => context.ExecutionLogs.SingleAsync(l => l.Id == log.Id));
    }

    [Fact]
    public async Task SettingAndPolicies_ShouldRoundTrip()
    {
        var setting = GlobalSetting.Create(Unique("setting"), "value", "a test setting");
        var global = GlobalNetworkPolicy.Create(NetworkPolicyAction.Allow, NetworkTargetType.Domain, "*.example.com", "allow example", 50);
        var project = ProjectNetworkPolicy.Create(Project.DefaultProjectId, NetworkPolicyAction.Deny, NetworkTargetType.Ip, "203.0.113.9", null, 60);

        await SaveAsync(setting, global, project);

        await AssertStoredAsync(setting, context => context.GlobalSettings.SingleAsync(s => s.Id == setting.Id));
        await AssertStoredAsync(global, context => context.GlobalNetworkPolicies.SingleAsync(p => p.Id == global.Id));
        await AssertStoredAsync(project, context => context.ProjectNetworkPolicies.SingleAsync(p => p.Id == project.Id));
    }

    [Fact]
    public async Task GatewayConfigRouteAndAuthMethod_ShouldRoundTrip()
    {
        var projectEntity = Project.Create(Unique("Gateway"), null, createdBy: null);
        var config = ApiGatewayConfig.Create(projectEntity.Id);
        config.Configure(enabled: true, "https://" + Unique("api") + ".example.com");
        var method = ApiGatewayAuthMethod.Create(config.Id, "jwt", AuthMethodType.BearerJwt, """{"jwtMode":"fixed_secret","jwtSecret":"s"}""");
        await SaveAsync(projectEntity, config, method);
        var route = ApiGatewayRoute.Create(config.Id, "/users/:id", functionId: null, sortOrder: 3, ["get", "delete"], RouteAuthLogic.And);
        route.ConfigureCors(enabled: true, ["https://app.example.com"], ["x-trace"], ["x-total"], maxAge: 600, allowCredentials: true);
        route.SetAuthMethods([method.Id]);

        await SaveAsync(route);

        await AssertStoredAsync(config, context => context.ApiGatewayConfigs.SingleAsync(c => c.Id == config.Id));
        await AssertStoredAsync(method, context => context.ApiGatewayAuthMethods.SingleAsync(m => m.Id == method.Id));
        var stored = await AssertStoredAsync(
            route,
            context => context.ApiGatewayRoutes.Include(r => r.Settings).Include(r => r.AuthMethods).SingleAsync(r => r.Id == route.Id));
        AssertSameColumns(route.Settings!, stored.Settings!);
        AssertSameColumns(Assert.Single(route.AuthMethods), Assert.Single(stored.AuthMethods));
    }

    [Fact]
    public async Task SaveChanges_WhenUniqueConstraintViolated_ShouldThrowConflictNamingTheConstraint()
    {
        var username = Unique("twin");
        await SaveAsync(User.Create(username, $"{Guid.NewGuid():N}@example.com", "hash", isAdmin: false));

        var conflict = await Assert.ThrowsAsync<ConflictException>(
            () => SaveAsync(User.Create(username, $"{Guid.NewGuid():N}@example.com", "hash", isAdmin: false)));

        Assert.Contains("users_username_key", conflict.Message);
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private async Task SaveAsync(params object[] entities)
    {
        await using var context = database.CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync();
    }

    private async Task<T> AssertStoredAsync<T>(T saved, Func<Invoke.Infrastructure.Persistence.InvokeDbContext, Task<T>> load)
    {
        await using var context = database.CreateContext();
        var stored = await load(context);
        AssertSameColumns(saved, stored);
        return stored;
    }

    /// <summary>Compares every public scalar property (the columns); navigations are compared by the caller.</summary>
    private static void AssertSameColumns<T>(T expected, T actual)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsColumn))
        {
            var expectedValue = property.GetValue(expected);
            var actualValue = property.GetValue(actual);
            if (expectedValue is IEnumerable expectedItems and not string)
            {
                Assert.Equal(expectedItems.Cast<object>(), ((IEnumerable)actualValue!).Cast<object>());
            }
            else
            {
                Assert.True(SameValue(expectedValue, actualValue), $"{typeof(T).Name}.{property.Name}: expected {expectedValue}, read {actualValue}");
            }
        }
    }

    // PostgreSQL keeps microseconds (DateTime has 100 ns ticks) and stores jsonb in its own canonical form.
    private static bool SameValue(object? expected, object? actual) => (expected, actual) switch
    {
        (DateTime e, DateTime a) => e.Ticks / 10 == a.Ticks / 10 && e.Kind == a.Kind,
        (string e, string a) when e != a && IsJson(e) => JsonNode.DeepEquals(JsonNode.Parse(e), JsonNode.Parse(a)),
        _ => Equals(expected, actual),
    };

    private static bool IsJson(string value)
    {
        try
        {
            JsonNode.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsColumn(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateTime)
            || type == typeof(IPAddress) || type == typeof(string[]) || type == typeof(byte[]);
    }
}
