using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Dashboard;

[Collection(LogsCollection.Name)]
public sealed class DashboardStatsTests(LogsApiFactory factory)
{
    [Fact]
    public async Task Stats_ForAProject_ShouldCountItsFunctionsAndItsLastDay()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var busy = await factory.CreateFunctionAsync(project, isActive: true, executionCount: 40);
        await factory.CreateFunctionAsync(project, isActive: true, executionCount: 2);
        await factory.CreateFunctionAsync(project, isActive: false, executionCount: 0);
        foreach (var (status, ms) in new (int?, int?)[] { (200, 10), (201, 20), (302, 31), (404, 40), (500, 50), (null, null) })
        {
            await factory.AddLogAsync(busy, new LogRow(StatusCode: status, ExecutionTimeMs: ms, Age: TimeSpan.FromHours(23)));
        }

        await factory.AddLogAsync(busy, new LogRow(StatusCode: 500, ExecutionTimeMs: 9000, Age: TimeSpan.FromHours(25)));

        var response = await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats?projectId={project.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Statistics retrieved", body.GetProperty("message").GetString());
        // Three of six below 400 (a missing status counts in the total only): 50.0; mean of 10..50 is 30.2 → 30.
        Assert.Equal(
            """{"totalFunctions":3,"activeFunctions":2,"totalExecutions":42,"recentErrors":2,"avgResponseTime":30,"successRate":"50.0"}""",
            JsonSerializer.Serialize(body.GetProperty("data")));
    }

    [Fact]
    public async Task Stats_WhenThereAreFunctionsWithLogs_ShouldAnswerTheRecordedShape()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        await factory.AddLogAsync(await factory.CreateFunctionAsync(project, executionCount: 1));

        var body = await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats?projectId={project.Id}"));

        ShapeAssert.SameShape(LogData.RecordedBody("47-dashboard-stats-100k.body.json"), body);
    }

    [Fact]
    public async Task Stats_WhenNothingRan_ShouldAnswerLikeTheOriginal()
    {
        var original = WireExample.Load("37-dashboard-stats.json");
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        await factory.CreateFunctionAsync(project, isActive: false);
        await factory.CreateFunctionAsync(project, isActive: false);

        var body = await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats?projectId={project.Id}"));

        ShapeAssert.SameShape(original.Body, body);
        Assert.Equal(JsonSerializer.Serialize(original.Body.GetProperty("data")), JsonSerializer.Serialize(body.GetProperty("data")));
    }

    [Fact]
    public async Task Stats_WhenSuccessRateNeedsRounding_ShouldRoundHalfUpToOneDecimal()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        // 7 of 8 succeed: 87.5 exactly; 2 of 3 would be 66.666… → 66.7.
        for (var i = 0; i < 8; i++)
        {
            await factory.AddLogAsync(functionId, new LogRow(StatusCode: i == 0 ? 503 : 200, ExecutionTimeMs: i == 0 ? 2 : 1));
        }

        var data = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats?projectId={project.Id}"))).GetProperty("data");

        Assert.Equal("87.5", data.GetProperty("successRate").GetString());
        Assert.Equal(1, data.GetProperty("avgResponseTime").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?projectId=system")]
    public async Task Stats_ForAllProjectsAsANonAdmin_ShouldCountOnlyTheCallersProjects(string query)
    {
        var member = await factory.CreateUserAsync();
        var first = await factory.CreateProjectAsync(owner: member);
        var second = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(second, member);
        await factory.AddLogAsync(await factory.CreateFunctionAsync(first, executionCount: 5), new LogRow(StatusCode: 500));
        await factory.AddLogAsync(await factory.CreateFunctionAsync(second, executionCount: 7), new LogRow(StatusCode: 200));
        var foreign = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), executionCount: 1000);
        await factory.AddLogAsync(foreign, new LogRow(StatusCode: 500));
        await factory.AddLogAsync(await factory.CreateFunctionAsync(project: null, executionCount: 1000), new LogRow(StatusCode: 500));

        var data = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats{query}"))).GetProperty("data");

        Assert.Equal(
            """{"totalFunctions":2,"activeFunctions":2,"totalExecutions":12,"recentErrors":1,"avgResponseTime":44,"successRate":"50.0"}""",
            JsonSerializer.Serialize(data));
    }

    [Fact]
    public async Task Stats_WhenProjectIsNotTheCallers_ShouldAnswer403()
    {
        var member = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: member);
        var foreign = await factory.CreateProjectAsync();

        var response = await factory.CreateClientFor(member).GetAsync($"/api/dashboard/stats?projectId={foreign.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied to this project", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Stats_WithAnApiKey_ShouldAnswer401LikeTheOriginal()
    {
        var original = WireExample.Load("38-dashboard-stats-apikey-401.json");
        var member = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(member)).GetAsync("/api/dashboard/stats");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal(original.Body.GetProperty("message").GetString(), body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/api/dashboard/stats?projectId=42")]
    [InlineData("/api/dashboard/stats?projectId=%27%3B--")]
    [InlineData("/api/dashboard/recent-activity?projectId=undefined")]
    public async Task Dashboard_WhenProjectIdIsNotAProject_ShouldAnswer400NamingProjectId(string url)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("projectId", out _));
    }
}
