using System.Net;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

[Collection(LogsCollection.Name)]
public sealed class FunctionLogsTests(LogsApiFactory factory)
{
    [Fact]
    public async Task List_WhenMemberUsesApiKey_ShouldAnswerTheRecordedShape()
    {
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);
        await factory.AddLogAsync(functionId);
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(member));

        var response = await client.GetAsync($"/api/functions/{functionId}/logs?page=1&limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ShapeAssert.SameShape(LogData.RecordedBody("49-function-logs-100k.body.json"), await JsonShape.ReadBodyAsync(response));
    }

    [Fact]
    public async Task List_WhenFunctionHasNoLogs_ShouldAnswerLikeTheOriginal()
    {
        var original = WireExample.Load("41-function-logs.json");
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/logs?page=1&limit=5");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        ShapeAssert.SameShape(original.Body, body);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(original.Body.GetProperty("data")),
            System.Text.Json.JsonSerializer.Serialize(body.GetProperty("data")));
        Assert.Equal("Execution logs retrieved", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_ShouldPageNewestFirst()
    {
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);
        var oldest = await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromHours(3)));
        var middle = await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromHours(2)));
        var newest = await factory.AddLogAsync(functionId, new LogRow(Age: TimeSpan.FromHours(1)));
        var client = factory.CreateClientFor(member);

        var first = await JsonShape.ReadBodyAsync(await client.GetAsync($"/api/functions/{functionId}/logs?limit=2"));
        var second = await JsonShape.ReadBodyAsync(await client.GetAsync($"/api/functions/{functionId}/logs?limit=2&page=2"));

        Assert.Equal([newest, middle], Ids(first));
        Assert.Equal([oldest], Ids(second));
        var pagination = second.GetProperty("data").GetProperty("pagination");
        Assert.Equal(
            """{"currentPage":2,"totalPages":2,"totalCount":3,"limit":2,"hasNextPage":false,"hasPrevPage":true}""",
            pagination.GetRawText());
    }

    [Theory]
    [InlineData("all", 5)]
    [InlineData("success", 1)]
    [InlineData("error", 2)]
    public async Task List_WhenFilteredByStatus_ShouldKeepTheMatchingLogs(string status, int expected)
    {
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);
        foreach (var code in new int?[] { 204, 302, 404, 500, null })
        {
            await factory.AddLogAsync(functionId, new LogRow(StatusCode: code));
        }

        var body = await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/logs?status={status}"));

        Assert.Equal(expected, body.GetProperty("data").GetProperty("pagination").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, body.GetProperty("data").GetProperty("logs").GetArrayLength());
    }

    [Fact]
    public async Task List_WhenFunctionDoesNotExist_ShouldAnswer404()
    {
        var (member, _) = await MemberWithProjectAsync();

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{Guid.NewGuid()}/logs");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Function not found", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_WhenCallerIsNotAMemberOfTheFunctionsProject_ShouldAnswer403WithoutLogs()
    {
        var (_, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);
        await factory.AddLogAsync(functionId);
        var (outsider, _) = await MemberWithProjectAsync();

        var response = await factory.CreateClientFor(outsider).GetAsync($"/api/functions/{functionId}/logs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Access denied: not a member of this project", body.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task List_WhenFunctionHasNoProject_ShouldServeAdminsOnly()
    {
        var functionId = await factory.CreateFunctionAsync(project: null);
        await factory.AddLogAsync(functionId);
        var (member, _) = await MemberWithProjectAsync();
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var memberResponse = await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/logs");
        var adminResponse = await factory.CreateClientFor(admin).GetAsync($"/api/functions/{functionId}/logs");

        Assert.Equal(HttpStatusCode.Forbidden, memberResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.Single(Ids(await JsonShape.ReadBodyAsync(adminResponse)));
    }

    [Fact]
    public async Task List_WhenAnonymous_ShouldAnswer401()
    {
        var (_, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);

        var response = await factory.CreateClient().GetAsync($"/api/functions/{functionId}/logs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=2147483647&limit=100", "page")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=1000000000", "limit")]
    [InlineData("status=failed", "status")]
    public async Task List_WhenQueryIsHostile_ShouldAnswer400NamingTheParameter(string query, string parameter)
    {
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/logs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonShape.ReadBodyAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), $"errors should name {parameter}: {errors}");
    }

    /// <summary>The original CLI sends <c>NaN</c> when its option is not a number; the original then used the defaults.</summary>
    [Theory]
    [InlineData("page=NaN&limit=NaN")]
    [InlineData("page=abc")]
    [InlineData("limit=")]
    public async Task List_WhenPageOrLimitIsNotANumber_ShouldUseTheDefaults(string query)
    {
        var (member, project) = await MemberWithProjectAsync();
        var functionId = await factory.CreateFunctionAsync(project);

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/logs?{query}");

        var pagination = (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("pagination");
        Assert.Equal((1, 20), (pagination.GetProperty("currentPage").GetInt32(), pagination.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task List_WhenFunctionIdIsNotAUuid_ShouldAnswer400NamingId()
    {
        var (member, _) = await MemberWithProjectAsync();

        var response = await factory.CreateClientFor(member).GetAsync("/api/functions/not-a-uuid/logs");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("id", out _));
    }

    private static int[] Ids(System.Text.Json.JsonElement body) =>
        body.GetProperty("data").GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToArray();

    private async Task<(TestUser Member, TestProject Project)> MemberWithProjectAsync()
    {
        var member = await factory.CreateUserAsync();
        return (member, await factory.CreateProjectAsync(owner: member));
    }
}
