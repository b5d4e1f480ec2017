using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class GetFunctionTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Get_WithoutVersion_ShouldMatchTheOriginalsBodyMemberForMember()
    {
        var original = WireExample.Load("23-function-get.json");
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var function = await factory.CreateFunctionAsync(project);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .GetAsync($"/api/functions/{function.Id}");

        var body = await response.AssertSuccessAsync();
        JsonShape.AssertExtends(original.Body, body);
        var members = body.GetProperty("data").EnumerateObject().Select(m => (m.Name, m.Value.ValueKind)).ToList();
        string[] later = [.. LaterReleaseColumns.CustomLimits, LaterReleaseColumns.CliAlias];
        Assert.Equal(
            original.Body.GetProperty("data").EnumerateObject().Select(m => (m.Name, m.Value.ValueKind)),
            members.Take(members.Count - later.Length));
        Assert.Equal(later, members.TakeLast(later.Length).Select(m => m.Name));
        Assert.Equal("Function details retrieved", body.GetProperty("message").GetString());
        Assert.Equal(project.Name, body.GetProperty("data").GetProperty("project_name").GetString());
    }

    [Fact]
    public async Task Get_WithAnActiveVersion_ShouldReportTheActiveVersionsColumns()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), versions: 3);

        var data = (await (await factory.CreateClientFor(admin).GetAsync($"/api/functions/{function.Id}"))
            .AssertSuccessAsync()).GetProperty("data");

        Assert.Equal(3, data.GetProperty("active_version").GetInt32());
        Assert.Equal("300", data.GetProperty("file_size").GetString());
        Assert.Equal($"db://function_packages/{function.ActiveVersionId}", data.GetProperty("package_path").GetString());
        Assert.Matches("^[0-9a-f]{64}$", data.GetProperty("package_hash").GetString());
        Assert.Matches(JsonShape.IsoTimestampPattern, data.GetProperty("version_created_at").GetString());
    }

    [Fact]
    public async Task Get_WhenTheFunctionDoesNotExist_ShouldAnswerTheOriginals404()
    {
        var original = WireExample.Load("24-function-get-404.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync($"/api/functions/{Guid.Empty}");

        JsonShape.AssertExtends(original.Body, await response.AssertErrorAsync(404, "Function not found"));
    }

    [Fact]
    public async Task Get_WhenTheIdIsNotAUuid_ShouldAnswer400NamingIt()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync("/api/functions/not-a-uuid");

        await response.AssertNamesFieldAsync("id");
    }

    [Fact]
    public async Task Get_WhenTheFunctionHasNoProject_ShouldServeAdminsOnly()
    {
        var id = await factory.CreateProjectlessFunctionAsync();
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var user = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: user);

        var asAdmin = await factory.CreateClientFor(admin).GetAsync($"/api/functions/{id}");
        var asUser = await factory.CreateClientFor(user).GetAsync($"/api/functions/{id}");

        var data = (await asAdmin.AssertSuccessAsync()).GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("project_id").ValueKind);
        await asUser.AssertErrorAsync(403, "Access denied to this project");
    }
}
