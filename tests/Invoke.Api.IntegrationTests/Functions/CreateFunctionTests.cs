using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class CreateFunctionTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Post_AsProjectMemberWithApiKey_ShouldAnswer201WithTheOriginalsRow()
    {
        var original = WireExample.Load("17-function-create.json");
        var (user, project) = await MemberAsync();
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user));

        var response = await client.PostAsJsonAsync(
            "/api/functions", new { name = "hello-world", description = "Hello", project_id = project.Id });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(
            LaterReleaseColumns.MemberNamesWithCustomLimits(original.Body.GetProperty("data")).Order(),
            body.GetProperty("data").EnumerateObject().Select(m => m.Name).Order());
        Assert.Equal("Function created successfully", body.GetProperty("message").GetString());
        Assert.Equal(201, body.GetProperty("statusCode").GetInt32());
        var data = body.GetProperty("data");
        Assert.Equal("hello-world", data.GetProperty("name").GetString());
        Assert.Equal(project.Id, data.GetProperty("project_id").GetGuid());
        Assert.Equal(user.Id, data.GetProperty("deployed_by").GetInt32());
        Assert.False(data.GetProperty("is_active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("api_key").ValueKind);
        Assert.Matches(JsonShape.IsoTimestampPattern, data.GetProperty("created_at").GetString());
        var stored = await factory.FindFunctionAsync(data.GetProperty("id").GetGuid());
        Assert.Equal(("hello-world", "Hello"), (stored!.Name, stored.Description));
    }

    [Fact]
    public async Task Post_WithoutDescription_ShouldStoreAnEmptyOneLikeTheOriginal()
    {
        var (user, project) = await MemberAsync();

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(
            "/api/functions", new { name = "to-delete", project_id = project.Id });

        var body = await response.AssertSuccessAsync(201);
        Assert.Equal("", body.GetProperty("data").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Post_WhenApiKeyRequired_ShouldGenerateA64HexKey()
    {
        var (user, project) = await MemberAsync();

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(
            "/api/functions", new { name = "secure-fn", project_id = project.Id, requires_api_key = true });

        var data = (await response.AssertSuccessAsync(201)).GetProperty("data");
        Assert.True(data.GetProperty("requires_api_key").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", data.GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task Post_WhenTheProjectHasAFunctionOfThatName_ShouldAnswerTheOriginals409AndAddNothing()
    {
        var original = WireExample.Load("19-function-create-duplicate.json");
        var (user, project) = await MemberAsync();
        var existing = await factory.CreateFunctionAsync(project);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(
            "/api/functions", new { name = $"  {existing.Name} ", project_id = project.Id });

        Assert.Equal(original.Status, (int)response.StatusCode);
        await response.AssertErrorAsync(409, $"Function with name \"{existing.Name}\" already exists");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Post_WhenAnotherProjectHasAFunctionOfThatName_ShouldCreateIt()
    {
        var (user, project) = await MemberAsync();
        var other = await factory.CreateProjectAsync();
        var namesake = await factory.CreateFunctionAsync(other);

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(
            "/api/functions", new { name = namesake.Name, project_id = project.Id });

        await response.AssertSuccessAsync(201);
        Assert.Equal(2, await factory.QueryDbAsync(c => c.Functions.CountAsync(f => f.Name == namesake.Name)));
    }

    [Theory]
    [InlineData("""{"name":"x"}""")]
    [InlineData("""{"project_id":"00000000-0000-0000-0000-000000000000"}""")]
    [InlineData("""{"name":"   ","project_id":"00000000-0000-0000-0000-000000000000"}""")]
    [InlineData("""{}""")]
    public async Task Post_WhenNameOrProjectIsMissing_ShouldAnswerTheOriginals400(string json)
    {
        var original = WireExample.Load("20-function-create-missing-project.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).SendJsonAsync(HttpMethod.Post, "/api/functions", json);

        var body = await response.AssertErrorAsync(original.Status, "Name and project_id are required");
        JsonShape.AssertExtends(original.Body, body);
    }

    [Fact]
    public async Task Post_WhenNameIsLongerThan100Characters_ShouldAnswer400NamingIt()
    {
        var (user, project) = await MemberAsync();

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(
            "/api/functions", new { name = new string('n', 101), project_id = project.Id });

        await response.AssertNamesFieldAsync("name");
    }

    [Theory]
    [InlineData("""{"name":"x","project_id":"not-a-uuid"}""", "project_id")]
    [InlineData("""{"name":"x","project_id":"{project}","requires_api_key":"yes"}""", "requires_api_key")]
    [InlineData("""{"name":42,"project_id":"{project}"}""", "name")]
    public async Task Post_WhenAFieldHasTheWrongJsonType_ShouldAnswer400NamingItAndAddNothing(string json, string field)
    {
        var (user, project) = await MemberAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, "/api/functions", json.Replace("{project}", project.Id.ToString()));

        await response.AssertNamesFieldAsync(field);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Post_WhenNotAMemberOfTheProject_ShouldAnswer403()
    {
        var outsider = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();

        var response = await factory.CreateClientFor(outsider).PostAsJsonAsync(
            "/api/functions", new { name = "intruder", project_id = project.Id });

        await response.AssertErrorAsync(403, "Access denied to this project");
    }

    [Fact]
    public async Task Post_AsAdminForAProjectThatDoesNotExist_ShouldAnswer404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).PostAsJsonAsync(
            "/api/functions", new { name = "orphan", project_id = Guid.NewGuid() });

        await response.AssertErrorAsync(404, "Project not found");
    }

    [Fact]
    public async Task Post_WithoutCredentials_ShouldAnswer401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync(
            "/api/functions", new { name = "anonymous", project_id = Guid.Empty });

        await response.AssertErrorAsync(401, "Authentication required");
    }

    private async Task<(TestUser User, TestProject Project)> MemberAsync()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        return (user, project);
    }
}
