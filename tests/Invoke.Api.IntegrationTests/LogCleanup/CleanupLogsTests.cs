using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.LogCleanup;

/// <summary>Retention is global, so these tests own their database and start each from no function and no log.</summary>
public sealed class CleanupLogsTests(LogsApiFactory factory) : IClassFixture<LogsApiFactory>, IAsyncLifetime
{
    private const string Url = "/api/admin/cleanup-logs";

    public Task InitializeAsync() => factory.ExecuteSqlAsync("DELETE FROM functions; DELETE FROM execution_logs;");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Cleanup_WhenRetentionIsDisabledGlobally_ShouldDeleteNothingEvenUnderOwnPolicies()
    {
        await factory.SetGlobalRetentionAsync("false", "time", "1");
        var functionId = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "count", retentionValue: 1);
        await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromDays(10)));
        await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromDays(20)));

        var body = await CleanupAsync(new { });

        Assert.Equal("Log retention cleanup is disabled globally", body.GetProperty("message").GetString());
        Assert.Equal("""{"deleted":0,"functions":0}""", JsonSerializer.Serialize(body.GetProperty("data")));
        Assert.Equal(2, await LogCountAsync());
    }

    [Fact]
    public async Task Cleanup_WithAGlobalTimePolicy_ShouldApplyEachFunctionsOwnPolicyOverTheGlobalOne()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var global = await factory.CreateFunctionAsync(null);
        var globalKept = new[] { await factory.AddLogAgedAsync(global, days: 1), await factory.AddLogAgedAsync(global, days: 6.9) };
        await factory.AddLogAgedAsync(global, days: 8);
        await factory.AddLogAgedAsync(global, days: 30);
        var undated = await factory.AddLogAsync(global, new LogRow(NoTimestamp: true));
        var counted = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "count", retentionValue: 2);
        var countedKept = new[] { await factory.AddLogAgedAsync(counted, days: 0.1), await factory.AddLogAgedAsync(counted, days: 0.2) };
        await factory.AddLogAgedAsync(counted, days: 0.3);
        await factory.AddLogAgedAsync(counted, days: 10);
        var exempt = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "none");
        var exemptKept = await factory.AddLogAgedAsync(exempt, days: 300);
        var daily = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "time", retentionValue: 1);
        var dailyKept = await factory.AddLogAgedAsync(daily, days: 0.5);
        await factory.AddLogAgedAsync(daily, days: 2);
        var overrideOff = await factory.CreateFunctionAsync(null, retentionEnabled: false, retentionType: "count", retentionValue: 1);
        var overrideOffKept = new[] { await factory.AddLogAgedAsync(overrideOff, days: 1), await factory.AddLogAgedAsync(overrideOff, days: 2) };
        await factory.AddLogAgedAsync(overrideOff, days: 9);
        var orphan = await factory.AddLogAsync(null, new LogRow(Age: TimeSpan.FromDays(400)));

        var body = await CleanupAsync(new { });

        Assert.Equal("Cleanup completed: 6 logs deleted from 5 functions", body.GetProperty("message").GetString());
        Assert.Equal("""{"deleted":6,"functions":5}""", JsonSerializer.Serialize(body.GetProperty("data")));
        int[] expected = [.. globalKept, undated, .. countedKept, exemptKept, dailyKept, .. overrideOffKept, orphan];
        Assert.Equal(expected.Order(), await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Cleanup_WithAGlobalCountPolicy_ShouldKeepEachFunctionsNewestLogs()
    {
        await factory.SetGlobalRetentionAsync("true", "count", "3");
        var first = await factory.CreateFunctionAsync(null);
        var second = await factory.CreateFunctionAsync(null);
        var kept = new List<int>();
        for (var day = 1; day <= 5; day++)
        {
            var id = await factory.AddLogAgedAsync(first, days: day);
            if (day <= 3)
            {
                kept.Add(id);
            }
        }

        kept.Add(await factory.AddLogAgedAsync(second, days: 50));
        kept.Add(await factory.AddLogAgedAsync(second, days: 60));

        var body = await CleanupAsync(new { });

        Assert.Equal("""{"deleted":2,"functions":2}""", JsonSerializer.Serialize(body.GetProperty("data")));
        Assert.Equal(kept.Order(), await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Cleanup_ForOneFunction_ShouldLeaveTheOthersAlone()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var target = await factory.CreateFunctionAsync(null);
        var other = await factory.CreateFunctionAsync(null);
        await factory.AddLogAgedAsync(target, days: 8);
        var otherOld = await factory.AddLogAgedAsync(other, days: 8);

        var body = await CleanupAsync(new { functionId = target });

        Assert.Equal("""{"deleted":1,"functions":1}""", JsonSerializer.Serialize(body.GetProperty("data")));
        Assert.Equal([otherOld], await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Cleanup_ForAnUnknownFunction_ShouldExamineNothing()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var old = await factory.AddLogAgedAsync(await factory.CreateFunctionAsync(null), days: 8);

        var body = await CleanupAsync(new { functionId = Guid.NewGuid() });

        Assert.Equal("Cleanup completed: 0 logs deleted from 0 functions", body.GetProperty("message").GetString());
        Assert.Equal([old], await factory.RemainingLogIdsAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Cleanup_WhenTheGlobalValueIsNotPositive_ShouldOnlyApplyOwnPolicies(string value)
    {
        await factory.SetGlobalRetentionAsync("true", "time", value);
        var global = await factory.CreateFunctionAsync(null);
        var globalOld = await factory.AddLogAgedAsync(global, days: 100);
        var own = await factory.CreateFunctionAsync(null, retentionEnabled: true, retentionType: "time", retentionValue: 7);
        await factory.AddLogAgedAsync(own, days: 100);

        var body = await CleanupAsync(new { });

        Assert.Equal("""{"deleted":1,"functions":2}""", JsonSerializer.Serialize(body.GetProperty("data")));
        Assert.Equal([globalOld], await factory.RemainingLogIdsAsync());
    }

    [Fact]
    public async Task Cleanup_WithoutABody_ShouldCleanEveryFunction()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        await factory.AddLogAgedAsync(await factory.CreateFunctionAsync(null), days: 8);
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).PostAsync(Url, content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await LogCountAsync());
    }

    [Fact]
    public async Task Cleanup_WhenCallerIsNotAnAdmin_ShouldAnswer403AndDeleteNothing()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        await factory.AddLogAgedAsync(await factory.CreateFunctionAsync(project), days: 8);

        var response = await factory.CreateClientFor(member).PostAsJsonAsync(Url, new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Admin access required", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
        Assert.Equal(1, await LogCountAsync());
    }

    [Fact]
    public async Task Cleanup_WithAnAdminsApiKey_ShouldAnswer401AndDeleteNothing()
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        await factory.AddLogAgedAsync(await factory.CreateFunctionAsync(null), days: 8);
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(admin)).PostAsJsonAsync(Url, new { });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await LogCountAsync());
    }

    [Theory]
    [InlineData("""{"functionId":"not-a-uuid"}""", "functionId")]
    [InlineData("""{"functionId":42}""", "functionId")]
    [InlineData("[]", "body")]
    public async Task Cleanup_WhenBodyIsMalformed_ShouldAnswer400NamingTheField(string json, string field)
    {
        await factory.SetGlobalRetentionAsync("true", "time", "7");
        await factory.AddLogAgedAsync(await factory.CreateFunctionAsync(null), days: 8);
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin)
            .PostAsync(Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(1, await LogCountAsync());
    }

    [Fact]
    public async Task Cleanup_WithGet_ShouldAnswer405()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync(Url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<JsonElement> CleanupAsync(object body)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var response = await factory.CreateClientFor(admin).PostAsJsonAsync(Url, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonShape.ReadBodyAsync(response);
    }

    private Task<long> LogCountAsync() => factory.CountAsync("SELECT count(*) FROM execution_logs");
}
