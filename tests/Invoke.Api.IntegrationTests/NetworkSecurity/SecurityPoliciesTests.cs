using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Caching;
using Invoke.Api.IntegrationTests.CrossProject;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime.Queries.GetNetworkPolicies;
using Invoke.Domain.NetworkPolicies;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.NetworkSecurity;

/// <summary>
/// The network-security routes (admin-api.md §6.9-6.12): global rules for administrators, a project's rules for its
/// members to read and test and its owners to replace, the original's validation messages, and the runtime's cached
/// rules evicted by the change.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityPoliciesTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private const string ProjectRoute = "/api/admin/projects/{projectA}/security";
    private const string OneRule = """{"rules":[{"action":"allow","target_type":"domain","target_value":"*.example.com","description":"APIs","ports":"443"}]}""";

    private CrossProjectWorld _world = null!;

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"rules":"all"}""", "Rules must be an array" },
        { """{}""", "Rules must be an array" },
        { """{"rules":[]}""", "At least one policy rule is required" },
        { """{"rules":[{"action":"maybe","target_type":"ip","target_value":"1.1.1.1"}]}""", "Invalid action. Must be \"allow\" or \"deny\"" },
        { """{"rules":[{"action":"allow","target_type":"host","target_value":"1.1.1.1"}]}""", "Invalid target_type. Must be \"ip\", \"cidr\", or \"domain\"" },
        { """{"rules":[{"action":"allow","target_type":"ip","target_value":" "}]}""", "target_value is required" },
        { """{"rules":[{"action":"allow","target_type":"ip","target_value":"300.1.1.1"}]}""", "Invalid IP address: 300.1.1.1" },
        { """{"rules":[{"action":"allow","target_type":"cidr","target_value":"10.0.0.0/33"}]}""", "Invalid CIDR notation: 10.0.0.0/33" },
        { """{"rules":[{"action":"allow","target_type":"domain","target_value":"-bad.example"}]}""", "Invalid domain format: -bad.example" },
        { """{"rules":[{"action":"allow","target_type":"ip","target_value":"1.1.1.1","ports":"70000"}]}""", "Invalid ports: 70000. Must be a port (1-65535) or a range such as 8000-8100" },
        {
            """{"rules":[{"action":"allow","target_type":"ip","target_value":"1.1.1.1"},{"action":"x"},{"target_type":"y"}]}""",
            "Invalid action. Must be \"allow\" or \"deny\""
        },
    };

    public async Task InitializeAsync() => _world = await CrossProjectWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("GET", null)]
    [InlineData("PUT", OneRule)]
    [InlineData("POST", """{"host":"1.1.1.1","rules":[]}""")]
    public async Task ProjectRoute_WhenAnotherProjectsOwnerNamesProjectA_ShouldAnswer403AndChangeNothing(string method, string? body)
    {
        var path = method == "POST" ? ProjectRoute + "/test" : ProjectRoute;

        await CrossProjectAssert.DeniedAsync(
            factory, factory.CreateClientFor(_world.Outsider), _world, new HttpMethod(method), path, body, allowedStatuses: [403]);
    }

    [Fact]
    public async Task Put_ByADeveloper_ShouldAnswerTheOriginals403()
    {
        using var response = await SendAsync(_world.DeveloperA, HttpMethod.Put, ProjectRoute, OneRule);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Only project owners can perform this action", (await ReadAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Put_ByTheOwner_ShouldReplaceTheRulesInOrderAndEvictTheRuntimeCache()
    {
        await factory.SettleCacheAsync();
        var cachedBefore = await factory.SendAsync(new GetNetworkPoliciesQuery(_world.ProjectA.Id));
        const string body = """
            {"rules":[
              {"action":"deny","target_type":"cidr","target_value":"203.0.113.0/24","priority":99},
              {"action":"allow","target_type":"domain","target_value":"*.example.com","description":"APIs","ports":"8000-8100"},
              {"action":"allow","target_type":"ip","target_value":"198.51.100.7","ports":443}
            ]}
            """;

        using var put = await SendAsync(_world.OwnerA, HttpMethod.Put, ProjectRoute, body);
        using var get = await SendAsync(_world.DeveloperA, HttpMethod.Get, ProjectRoute, null);

        Assert.Equal("""{"success":true,"message":"Security policies updated successfully"}""", await put.Content.ReadAsStringAsync());
        var rules = (await ReadAsync(get)).GetProperty("rules").EnumerateArray()
            .Select(r => $"{r.GetProperty("priority")} {r.GetProperty("action")} {r.GetProperty("target_type")} {r.GetProperty("target_value")} {r.GetProperty("ports")} {r.GetProperty("description")}")
            .ToList();
        Assert.Equal(["1 deny cidr 203.0.113.0/24  ", "2 allow domain *.example.com 8000-8100 APIs", "3 allow ip 198.51.100.7 443 "], rules);
        Assert.Empty(cachedBefore.ProjectRules);
        var cachedAfter = await EventuallyAsync(() => factory.SendAsync(new GetNetworkPoliciesQuery(_world.ProjectA.Id)), p => p.ProjectRules.Count == 3);
        Assert.Equal(new NetworkRuleDto("allow", "domain", "*.example.com", 2, "APIs", 8000, 8100), cachedAfter.ProjectRules[1]);
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Put_WithAnInvalidList_ShouldAnswer400WithTheOriginalsMessageAndKeepTheRules(string body, string message)
    {
        var before = await ProjectRulesAsync();

        using var response = await SendAsync(_world.OwnerA, HttpMethod.Put, ProjectRoute, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await ReadAsync(response)).GetProperty("error").GetString());
        Assert.Equal(before, await ProjectRulesAsync());
    }

    [Fact]
    public async Task ProjectTest_ByADeveloper_ShouldEvaluateGlobalThenPostedRulesWithTheRuntimesEvaluator()
    {
        var denied = await TestAsync(_world.DeveloperA, ProjectRoute + "/test", """{"host":"0x0a.1","rules":[{"action":"allow","target_type":"cidr","target_value":"0.0.0.0/0"}]}""");
        var allowed = await TestAsync(_world.DeveloperA, ProjectRoute + "/test", """{"host":"93.184.216.34","port":443,"rules":[{"action":"allow","target_type":"ip","target_value":"93.184.216.34","ports":"443","description":"the API"}]}""");
        var wrongPort = await TestAsync(_world.DeveloperA, ProjectRoute + "/test", """{"host":"93.184.216.34","port":80,"rules":[{"action":"allow","target_type":"ip","target_value":"93.184.216.34","ports":"443"}]}""");
        var unresolved = await TestAsync(_world.DeveloperA, ProjectRoute + "/test", """{"host":"no-such-host.invalid","rules":[]}""");

        Assert.Equal((false, "Denied by built-in rule: private (10.0.0.0/8)"), denied);
        Assert.Equal((true, "Allowed by project rule #1: the API"), allowed);
        Assert.Equal((false, "No matching policy rule - default deny"), wrongPort);
        Assert.Equal((false, "The host name did not resolve to any address"), unresolved);
    }

    [Fact]
    public async Task ProjectTest_WithoutAHost_ShouldAnswerTheOriginals400()
    {
        using var response = await SendAsync(_world.OwnerA, HttpMethod.Post, ProjectRoute + "/test", """{"rules":[]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Host is required", (await ReadAsync(response)).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("PUT", OneRule)]
    [InlineData("POST", """{"host":"1.1.1.1","rules":[]}""")]
    public async Task GlobalRoute_ForANonAdmin_ShouldAnswer403(string method, string? body)
    {
        var path = "/api/admin/global/security" + (method == "POST" ? "/test" : "");

        using var response = await SendAsync(_world.OwnerA, new HttpMethod(method), path, body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Admin access required", (await ReadAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task GlobalRoute_ForAnAdmin_ShouldReplaceListAndTestTheGlobalRules()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var seeded = await factory.QueryDbAsync(db => db.GlobalNetworkPolicies.AsNoTracking().OrderBy(p => p.Priority).ToListAsync());
        try
        {
            using var put = await SendAsync(admin, HttpMethod.Put, "/api/admin/global/security",
                """{"rules":[{"action":"deny","target_type":"domain","target_value":"*.blocked.example","description":"no"},{"action":"allow","target_type":"cidr","target_value":"8.8.8.0/24"}]}""");
            using var get = await SendAsync(admin, HttpMethod.Get, "/api/admin/global/security", null);
            var denied = await TestAsync(admin, "/api/admin/global/security/test", """{"host":"8.8.4.4","rules":[{"action":"allow","target_type":"ip","target_value":"8.8.4.4"}]}""");
            var allowed = await TestAsync(admin, "/api/admin/global/security/test", """{"host":"8.8.8.8","rules":[]}""");
            var byName = await TestAsync(admin, "/api/admin/global/security/test", """{"host":"api.blocked.example","rules":[]}""");

            Assert.Equal("""{"success":true,"message":"Global security policies updated successfully"}""", await put.Content.ReadAsStringAsync());
            Assert.Equal(2, (await ReadAsync(get)).GetProperty("rules").GetArrayLength());
            Assert.Equal((true, "Allowed by rule #1"), denied);
            Assert.Equal((true, "Allowed by rule #2"), allowed);
            Assert.Equal((false, "Denied by rule #1: no"), byName);
        }
        finally
        {
            await factory.ExecuteDbAsync(async db =>
            {
                db.GlobalNetworkPolicies.RemoveRange(await db.GlobalNetworkPolicies.ToListAsync());
                db.GlobalNetworkPolicies.AddRange(seeded.Select(p => GlobalNetworkPolicy.Create(p.Action, p.TargetType, p.TargetValue, p.Description, p.Priority)));
                await db.SaveChangesAsync();
            });
        }
    }

    private async Task<HttpResponseMessage> SendAsync(TestUser caller, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, _world.Resolve(path));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await factory.CreateClientFor(caller).SendAsync(request);
    }

    private async Task<(bool Allowed, string Reason)> TestAsync(TestUser caller, string path, string body)
    {
        using var response = await SendAsync(caller, HttpMethod.Post, path, body);
        var json = await ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return (json.GetProperty("allowed").GetBoolean(), json.GetProperty("reason").GetString()!);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private Task<List<string>> ProjectRulesAsync() => factory.QueryDbAsync(db => db.ProjectNetworkPolicies
        .Where(p => p.ProjectId == _world.ProjectA.Id).OrderBy(p => p.Priority).Select(p => p.Action + " " + p.TargetValue).ToListAsync());

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(20);
            value = await read();
        }

        return value;
    }
}
