using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary><c>POST /api/functions/create-from-template</c> (admin-api.md §5.7).</summary>
[Collection(PackagesCollection.Name)]
public sealed class CreateFromTemplateTests(PackagesApiFactory factory)
{
    private const string Route = "/api/functions/create-from-template";

    [Fact]
    public async Task Create_ShouldAddAFunctionRunningTheHelloWorldPackage()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var name = IdentityData.UniqueName("hello");
        var client = factory.CreateClientFor(user);

        var response = await client.SendJsonAsync(HttpMethod.Post, Route, $$"""{"name":" {{name}} ","projectId":"{{project.Id}}"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(("Hello World function created successfully", 200), (body.GetProperty("message").GetString(), body.GetProperty("statusCode").GetInt32()));
        var data = body.GetProperty("data");
        Assert.Equal(["id", "name", "version", "size"], JsonShape.PropertyNames(data));
        var function = await factory.FunctionAsync(data.GetProperty("id").GetGuid());
        var version = Assert.Single(function.Versions);
        Assert.Equal((name, 1, version.FileSize), (data.GetProperty("name").GetString(), data.GetProperty("version").GetInt32(), data.GetProperty("size").GetInt64()));
        Assert.Equal((version.Id, (bool?)true, "Hello World function", (bool?)false), (function.ActiveVersionId, function.IsActive, function.Description, function.RequiresApiKey));

        var files = (await JsonShape.ReadBodyAsync(await client.GetAsync($"/api/functions/{function.Id}/versions/{version.Id}/source")))
            .GetProperty("data").GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("content").GetString()!);
        Assert.Equal(["README.md", "index.js", "package.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("module.exports = async function (req, res)", files["index.js"]);
        Assert.Contains($"/invoke/{function.Id}?name=YourName", files["README.md"]);
        using var packageJson = JsonDocument.Parse(files["package.json"]);
        Assert.Equal((name, "index.js", "commonjs"), (packageJson.RootElement.GetProperty("name").GetString(),
            packageJson.RootElement.GetProperty("main").GetString(), packageJson.RootElement.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Create_WhenKeyIsRequired_ShouldGenerateIt()
    {
        var (user, project) = await factory.CreateMemberAsync();

        var response = await factory.CreateClientFor(user).SendJsonAsync(HttpMethod.Post, Route,
            $$"""{"name":"{{IdentityData.UniqueName("keyed")}}","requiresApiKey":true,"apiKey":"client-chosen","projectId":"{{project.Id}}"}""");

        var function = await factory.FunctionAsync((await JsonShape.ReadBodyAsync(response)).GetProperty("data").GetProperty("id").GetGuid());
        Assert.True(function.RequiresApiKey);
        Assert.Matches("^[0-9a-f]{64}$", function.ApiKey);
    }

    [Theory]
    [InlineData("""{"projectId":"{project}"}""", "Function name is required")]
    [InlineData("""{"name":"   ","projectId":"{project}"}""", "Function name is required")]
    [InlineData("""{"name":"x"}""", "Project ID is required")]
    public async Task Create_WhenNameOrProjectIsMissing_ShouldAnswer400AndStoreNothing(string json, string message)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).SendJsonAsync(HttpMethod.Post, Route, json.Replace("{project}", project.Id.ToString()));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, message);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Create_WhenProjectIdIsNotAUuid_ShouldAnswer400NamingIt()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(user).SendJsonAsync(HttpMethod.Post, Route, """{"name":"x","projectId":"system"}""");

        await response.AssertNamesFieldAsync("projectId");
    }

    [Fact]
    public async Task Create_WhenNameIsTakenInTheProject_ShouldAnswer409AndStoreNothing()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var existing = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).SendJsonAsync(HttpMethod.Post, Route,
            $$"""{"name":"{{existing.Name}}","projectId":"{{project.Id}}"}""");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Conflict, $"Function with name \"{existing.Name}\" already exists");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }
}
