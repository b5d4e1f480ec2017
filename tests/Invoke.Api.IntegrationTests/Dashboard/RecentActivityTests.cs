using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Dashboard;

[Collection(LogsCollection.Name)]
public sealed class RecentActivityTests(LogsApiFactory factory)
{
    [Fact]
    public async Task RecentActivity_ShouldListTheTenNewestOfTheLastHourInTheRecordedShape()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project, name: "bench-fn-004");
        await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromMinutes(61)));
        var ids = new List<int>();
        for (var minutes = 59; minutes >= 48; minutes--)
        {
            ids.Add(await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromMinutes(minutes))));
        }

        var response = await factory.CreateClientFor(member).GetAsync($"/api/dashboard/recent-activity?projectId={project.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        ShapeAssert.SameShape(LogData.RecordedBody("50-recent-activity-100k.body.json"), body);
        Assert.Equal("Recent activity retrieved", body.GetProperty("message").GetString());
        var items = body.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(ids.AsEnumerable().Reverse().Take(10).Select(id => id.ToString()), items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.Equal("bench-fn-004", i.GetProperty("functionName").GetString()));
        Assert.All(items, i => Assert.Equal(functionId, i.GetProperty("functionId").GetGuid()));
    }

    [Fact]
    public async Task RecentActivity_ShouldCallBelow400SuccessAndTheRestError()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        foreach (var (status, age) in new (int?, int)[] { (302, 4), (399, 3), (400, 2), (null, 1) })
        {
            await factory.AddLogAsync(functionId, new LogRow(StatusCode: status, Age: TimeSpan.FromMinutes(age)));
        }

        var items = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/recent-activity?projectId={project.Id}")))
            .GetProperty("data").EnumerateArray();

        Assert.Equal(["error", "error", "success", "success"], items.Select(i => i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task RecentActivity_WhenEmpty_ShouldAnswerLikeTheOriginal()
    {
        var original = WireExample.Load("39-dashboard-recent-activity.json");
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);

        var body = await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/recent-activity?projectId={project.Id}"));

        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("[]", body.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?projectId=system")]
    public async Task RecentActivity_ForAllProjectsAsANonAdmin_ShouldListOnlyTheCallersProjects(string query)
    {
        var member = await factory.CreateUserAsync();
        var own = await factory.AddLogAsync(await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: member)));
        await factory.AddLogAsync(await factory.CreateFunctionAsync(await factory.CreateProjectAsync()));
        await factory.AddLogAsync(await factory.CreateFunctionAsync(project: null));

        var items = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/dashboard/recent-activity{query}"))).GetProperty("data");

        Assert.Equal([own.ToString()], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task RecentActivity_WhenProjectIsNotTheCallers_ShouldAnswer403()
    {
        var member = await factory.CreateUserAsync();
        var foreign = await factory.CreateProjectAsync();
        await factory.AddLogAsync(await factory.CreateFunctionAsync(foreign));

        var response = await factory.CreateClientFor(member).GetAsync($"/api/dashboard/recent-activity?projectId={foreign.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied to this project", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task RecentActivity_WithAnApiKey_ShouldAnswer401()
    {
        var member = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(member))
            .GetAsync("/api/dashboard/recent-activity");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
