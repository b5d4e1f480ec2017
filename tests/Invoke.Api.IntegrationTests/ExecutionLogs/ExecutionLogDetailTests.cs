using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

[Collection(LogsCollection.Name)]
public sealed class ExecutionLogDetailTests(LogsApiFactory factory)
{
    [Fact]
    public async Task Get_ShouldAnswerTheRecordedShapeWithFunctionAndProject()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project, name: "hello-world");
        var logId = await factory.AddLogAsync(functionId);
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(member));

        var response = await client.GetAsync($"/api/functions/{functionId}/execution-logs/{logId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        var original = LogData.RecordedBody("51-execution-log-detail.body.json");
        ShapeAssert.SameShape(original, body);
        var data = body.GetProperty("data");
        Assert.Equal("Execution log details retrieved successfully", body.GetProperty("message").GetString());
        Assert.Equal(logId, data.GetProperty("id").GetInt32());
        Assert.Equal("hello-world", data.GetProperty("function_name").GetString());
        Assert.Equal(project.Id, data.GetProperty("project_id").GetGuid());
        Assert.Equal(project.Name, data.GetProperty("project_name").GetString());
        Assert.Equal("117", data.GetProperty("request_size").GetString());
        Assert.Equal("10.0.248.199", data.GetProperty("client_ip").GetString());
        Assert.Equal(
            JsonSerializer.Serialize(original.GetProperty("data").GetProperty("console_output")),
            JsonSerializer.Serialize(data.GetProperty("console_output")));
        Assert.Equal("bench", data.GetProperty("request_headers").GetProperty("user-agent").GetString());
    }

    [Fact]
    public async Task Get_ShouldReportTheFunctionsActiveVersionNumber()
    {
        var member = await factory.CreateUserAsync();
        var functionId = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: member));
        await factory.ActivateVersionAsync(functionId, version: 3);
        var logId = await factory.AddLogAsync(functionId);

        var body = await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/execution-logs/{logId}"));

        Assert.Equal(3, body.GetProperty("data").GetProperty("function_version").GetInt32());
    }

    [Fact]
    public async Task Get_WhenHeadersAndConsoleAreMissing_ShouldAnswerEmptyObjectAndArray()
    {
        var member = await factory.CreateUserAsync();
        var functionId = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: member));
        var logId = await factory.AddLogAsync(functionId, new LogRow(RequestHeaders: null, ConsoleLogs: null));

        var data = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(member).GetAsync($"/api/functions/{functionId}/execution-logs/{logId}")))
            .GetProperty("data");

        Assert.Equal("{}", data.GetProperty("request_headers").GetRawText());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("console_logs").ValueKind);
        Assert.Equal("[]", data.GetProperty("console_output").GetRawText());
    }

    [Fact]
    public async Task Get_WhenLogBelongsToAnotherFunction_ShouldAnswer404()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        var otherLogId = await factory.AddLogAsync(await factory.CreateFunctionAsync(project));

        var response = await factory.CreateClientFor(member)
            .GetAsync($"/api/functions/{functionId}/execution-logs/{otherLogId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Execution log not found", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_WhenFunctionDoesNotExist_ShouldAnswer404()
    {
        var member = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{Guid.NewGuid()}/execution-logs/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Function not found", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_WhenCallerIsNotAMember_ShouldAnswer403WithoutTheLog()
    {
        var owner = await factory.CreateUserAsync();
        var functionId = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: owner));
        var logId = await factory.AddLogAsync(functionId);
        var outsider = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: outsider);

        var response = await factory.CreateClientFor(outsider).GetAsync($"/api/functions/{functionId}/execution-logs/{logId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("bench-agent", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-a-uuid", "1", "id")]
    [InlineData("00000000-0000-0000-0000-000000000001", "abc", "logId")]
    [InlineData("00000000-0000-0000-0000-000000000001", "99999999999", "logId")]
    public async Task Get_WhenIdsAreMalformed_ShouldAnswer400NamingTheParameter(string id, string logId, string parameter)
    {
        var member = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(member).GetAsync($"/api/functions/{id}/execution-logs/{logId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
