using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

[Collection(LogsCollection.Name)]
public sealed class LogBrowserTests(LogsApiFactory factory)
{
    [Fact]
    public async Task List_WhenFilteredToErrorsOfAProject_ShouldAnswerTheRecordedShape()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        for (var i = 0; i < 5; i++)
        {
            await factory.AddLogAsync(functionId, new LogRow(StatusCode: 400));
        }

        await factory.AddLogAsync(functionId, new LogRow(StatusCode: 200));

        var response = await factory.CreateClientFor(member)
            .GetAsync($"/api/logs?status=error&page=2&limit=2&projectId={project.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        ShapeAssert.SameShape(LogData.RecordedBody("48-logs-100k-error-page2.body.json"), body);
        Assert.Equal("Logs retrieved successfully", body.GetProperty("message").GetString());
        Assert.Equal(
            """{"currentPage":2,"totalPages":3,"totalCount":5,"limit":2,"hasNextPage":true,"hasPrevPage":true}""",
            JsonSerializer.Serialize(body.GetProperty("data").GetProperty("pagination")));
    }

    [Fact]
    public async Task List_WhenEmpty_ShouldAnswerLikeTheOriginal()
    {
        var original = WireExample.Load("40-logs.json");
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);

        var response = await factory.CreateClientFor(member).GetAsync($"/api/logs?page=1&limit=5&projectId={project.Id}");

        var body = await JsonShape.ReadBodyAsync(response);
        ShapeAssert.SameShape(original.Body, body);
        Assert.Equal(JsonSerializer.Serialize(original.Body.GetProperty("data")), JsonSerializer.Serialize(body.GetProperty("data")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?projectId=system")]
    public async Task List_ForAllProjectsAsANonAdmin_ShouldShowOnlyTheCallersProjects(string query)
    {
        var member = await factory.CreateUserAsync();
        var first = await factory.CreateProjectAsync(owner: member);
        var second = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(second, member);
        var own = new[]
        {
            await factory.AddLogAsync(await factory.CreateFunctionAsync(first)),
            await factory.AddLogAsync(await factory.CreateFunctionAsync(second)),
        };
        var foreign = await factory.AddLogAsync(await factory.CreateFunctionAsync(await factory.CreateProjectAsync()));
        var orphan = await factory.AddLogAsync(functionId: null);

        var body = await JsonShape.ReadBodyAsync(await factory.CreateClientFor(member).GetAsync($"/api/logs{query}"));

        var ids = body.GetProperty("data").GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal(own.Reverse(), ids);
        Assert.DoesNotContain(foreign, ids);
        Assert.DoesNotContain(orphan, ids);
        Assert.Equal(2, body.GetProperty("data").GetProperty("pagination").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_ForAllProjectsAsAnAdmin_ShouldIncludeLogsOfEveryProjectAndOfNoFunction()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var functionId = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), name: "someone-elses");
        var foreign = await factory.AddLogAsync(functionId);
        var orphan = await factory.AddLogAsync(functionId: null);

        var logs = (await JsonShape.ReadBodyAsync(await factory.CreateClientFor(admin).GetAsync("/api/logs?projectId=system&limit=2")))
            .GetProperty("data").GetProperty("logs");

        Assert.Equal([orphan, foreign], logs.EnumerateArray().Select(l => l.GetProperty("id").GetInt32()));
        Assert.Equal(JsonValueKind.Null, logs[0].GetProperty("function_name").ValueKind);
        Assert.Equal("someone-elses", logs[1].GetProperty("function_name").GetString());
    }

    [Fact]
    public async Task List_WhenProjectIsNotTheCallers_ShouldAnswer403()
    {
        var member = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: member);
        var foreign = await factory.CreateProjectAsync();
        await factory.AddLogAsync(await factory.CreateFunctionAsync(foreign));

        var response = await factory.CreateClientFor(member).GetAsync($"/api/logs?projectId={foreign.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied to this project", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_WithAnApiKey_ShouldAnswer401LikeTheOriginal()
    {
        var member = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(member)).GetAsync("/api/logs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("No token provided", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_WhenTheCliSendsNaN_ShouldUseTheDefaults()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync("/api/logs?page=NaN&limit=NaN");

        var pagination = (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("pagination");
        Assert.Equal((1, 20), (pagination.GetProperty("currentPage").GetInt32(), pagination.GetProperty("limit").GetInt32()));
    }

    [Theory]
    [InlineData("limit=99999999999", "limit")]
    [InlineData("projectId=not-a-project", "projectId")]
    [InlineData("projectId=SYSTEM", "projectId")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("page=-3", "page")]
    [InlineData("status=all;drop", "status")]
    public async Task List_WhenQueryIsHostile_ShouldAnswer400NamingTheParameter(string query, string parameter)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync($"/api/logs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
