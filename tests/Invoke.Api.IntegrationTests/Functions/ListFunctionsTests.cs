using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class ListFunctionsTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Get_AsAdminWithoutProject_ShouldListEveryProjectWithTheOriginalsMembersAndNoRole()
    {
        var original = WireExample.Load("21-functions-list.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), admin);

        var body = await (await factory.CreateClientFor(admin).GetAsync("/api/functions")).AssertSuccessAsync();

        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("Functions retrieved successfully", body.GetProperty("message").GetString());
        var item = Item(body, function.Id);
        Assert.Equal(
            LaterReleaseColumns.ListedMemberNames(original.Body.GetProperty("data")[0]),
            item.EnumerateObject().Select(m => m.Name));
        Assert.Equal(admin.Username, item.GetProperty("deployed_by_username").GetString());
    }

    [Fact]
    public async Task Get_AsAdminForOneProject_ShouldAddTheOwnerRoleLikeTheOriginal()
    {
        var original = WireExample.Load("22-functions-list-by-project.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();
        var function = await factory.CreateFunctionAsync(project);

        var body = await (await factory.CreateClientFor(admin).GetAsync($"/api/functions?projectId={project.Id}"))
            .AssertSuccessAsync();

        var item = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal(
            LaterReleaseColumns.ListedMemberNames(original.Body.GetProperty("data")[0]),
            item.EnumerateObject().Select(m => m.Name));
        Assert.Equal(function.Id, item.GetProperty("id").GetGuid());
        Assert.Equal("owner", item.GetProperty("user_role").GetString());
        Assert.Equal(project.Name, item.GetProperty("project_name").GetString());
    }

    [Fact]
    public async Task Get_WhenTheActiveVersionIsTheSecond_ShouldReportItsNumberAndSizeAsAString()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();
        var function = await factory.CreateFunctionAsync(project, versions: 2);

        var body = await (await factory.CreateClientFor(admin).GetAsync($"/api/functions?projectId={project.Id}"))
            .AssertSuccessAsync();

        var item = Item(body, function.Id);
        Assert.Equal(2, item.GetProperty("active_version").GetInt32());
        Assert.Equal("200", item.GetProperty("file_size").GetString());
        Assert.Equal(function.ActiveVersionId, item.GetProperty("active_version_id").GetGuid());
    }

    [Fact]
    public async Task Get_AsMember_ShouldListOnlyTheirProjectsWithTheirRole()
    {
        var user = await factory.CreateUserAsync();
        var owned = await factory.CreateProjectAsync(owner: user);
        var joined = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(joined, user, ProjectRole.Developer);
        var foreign = await factory.CreateFunctionAsync(await factory.CreateProjectAsync());
        var mine = await factory.CreateFunctionAsync(owned);
        var theirs = await factory.CreateFunctionAsync(joined);

        var body = await (await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .GetAsync("/api/functions")).AssertSuccessAsync();

        var roles = body.GetProperty("data").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("user_role").GetString());
        Assert.Equal(new Dictionary<Guid, string?> { [mine.Id] = "owner", [theirs.Id] = "developer" }, roles);
        Assert.DoesNotContain(foreign.Id.ToString(), body.ToString());
    }

    [Theory]
    [InlineData("projectId")]
    [InlineData("project_id")]
    public async Task Get_WithAProjectFilter_ShouldListThatProjectOnly(string parameter)
    {
        var user = await factory.CreateUserAsync();
        var first = await factory.CreateProjectAsync(owner: user);
        var second = await factory.CreateProjectAsync(owner: user);
        var wanted = await factory.CreateFunctionAsync(first);
        await factory.CreateFunctionAsync(second);

        var body = await (await factory.CreateClientFor(user).GetAsync($"/api/functions?{parameter}={first.Id}"))
            .AssertSuccessAsync();

        Assert.Equal([wanted.Id], body.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_WithSystemAsMember_ShouldListTheirProjectsOnly()
    {
        var user = await factory.CreateUserAsync();
        var mine = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        await factory.CreateFunctionAsync(await factory.CreateProjectAsync());

        var body = await (await factory.CreateClientFor(user).GetAsync("/api/functions?projectId=system"))
            .AssertSuccessAsync();

        Assert.Equal([mine.Id], body.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_ShouldListTheNewestFirst()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var older = await factory.CreateFunctionAsync(project);
        var newer = await factory.CreateFunctionAsync(project);

        var body = await (await factory.CreateClientFor(user).GetAsync("/api/functions")).AssertSuccessAsync();

        Assert.Equal([newer.Id, older.Id], body.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_ForAProjectOfWhichTheCallerIsNoMember_ShouldAnswer403()
    {
        var user = await factory.CreateUserAsync();
        var foreign = await factory.CreateProjectAsync();
        await factory.CreateFunctionAsync(foreign);

        var response = await factory.CreateClientFor(user).GetAsync($"/api/functions?projectId={foreign.Id}");

        await response.AssertErrorAsync(403, "Access denied to this project");
    }

    [Fact]
    public async Task Get_WhenTheCallerHasNoProject_ShouldAnswerAnEmptyListWithTheOriginalsMessage()
    {
        var loner = await factory.CreateUserAsync();

        var body = await (await factory.CreateClientFor(loner).GetAsync("/api/functions")).AssertSuccessAsync();

        Assert.Empty(body.GetProperty("data").EnumerateArray());
        Assert.Equal("No functions found", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("projectId=not-a-uuid")]
    [InlineData("project_id=1")]
    public async Task Get_WithAProjectIdThatIsNeitherAUuidNorSystem_ShouldAnswer400NamingIt(string query)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync($"/api/functions?{query}");

        await response.AssertNamesFieldAsync("projectId");
    }

    [Fact]
    public async Task Get_AfterCreate_ShouldFindTheFunctionByNameAsTheCliDoes()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user));
        var created = await (await client.PostAsJsonAsync(
            "/api/functions", new { name = "deploy-me", project_id = project.Id })).AssertSuccessAsync(201);

        var body = await (await client.GetAsync("/api/functions")).AssertSuccessAsync();

        var match = body.GetProperty("data").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "deploy-me" && f.GetProperty("project_id").GetGuid() == project.Id);
        Assert.Equal(created.GetProperty("data").GetProperty("id").GetGuid(), match.GetProperty("id").GetGuid());
    }

    private static JsonElement Item(JsonElement body, Guid id) =>
        body.GetProperty("data").EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == id);
}
