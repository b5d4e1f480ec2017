using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class MeTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    [Theory]
    [InlineData("06-me-jwt.json", "jwt")]
    [InlineData("10-me-api-key.json", "x-api-key")]
    [InlineData("11-me-api-key-as-bearer.json", "bearer-key")]
    public async Task Me_WhenAdminAuthenticates_ShouldAnswerTheOriginalsShape(string example, string credential)
    {
        var original = WireExample.Load(example);
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var key = await factory.CreateApiKeyAsync(admin);
        var client = credential switch
        {
            "jwt" => factory.CreateClient().WithJwt(admin),
            "x-api-key" => factory.CreateClient().WithApiKey(key),
            _ => factory.CreateClient().WithBearer(key),
        };

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        JsonShape.AssertExtends(original.Body.GetProperty("data"), body.GetProperty("data"));
        JsonShape.AssertExtends(
            original.Body.GetProperty("data").GetProperty("projects")[0],
            body.GetProperty("data").GetProperty("projects")[0]);
        Assert.Equal("User authenticated", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(admin.Id, data.GetProperty("id").GetInt32());
        Assert.Equal(admin.Username, data.GetProperty("username").GetString());
        Assert.Equal("admin", data.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Me_WhenAdmin_ShouldListEveryActiveProjectAsOwner()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var active = await factory.CreateProjectAsync();
        var inactive = await factory.CreateProjectAsync(isActive: false);

        var projects = await ProjectsAsync(factory.CreateClient().WithJwt(admin));

        Assert.Contains(projects, p => p.GetProperty("id").GetGuid() == active.Id && p.GetProperty("role").GetString() == ProjectRole.Owner);
        Assert.Contains(projects, p => p.GetProperty("id").GetGuid() == Project.DefaultProjectId);
        Assert.DoesNotContain(projects, p => p.GetProperty("id").GetGuid() == inactive.Id);
        Assert.All(projects, p => Assert.Equal(ProjectRole.Owner, p.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Me_WhenMember_ShouldListOnlyItsActiveProjectsWithItsRoles()
    {
        var user = await factory.CreateUserAsync();
        var owned = await factory.CreateProjectAsync(owner: user);
        var joined = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(joined, user);
        var inactive = await factory.CreateProjectAsync(isActive: false);
        await factory.AddMemberAsync(inactive, user);
        var key = await factory.CreateApiKeyAsync(user);

        var response = await factory.CreateClient().WithApiKey(key).GetAsync("/api/auth/me");

        var data = (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
        Assert.Equal("user", data.GetProperty("role").GetString());
        Assert.False(data.GetProperty("isAdmin").GetBoolean());
        var roles = data.GetProperty("projects").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("role").GetString());
        Assert.Equal(new Dictionary<Guid, string?> { [owned.Id] = ProjectRole.Owner, [joined.Id] = ProjectRole.Developer }, roles);
        var project = data.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == owned.Id);
        Assert.Equal(owned.Name, project.GetProperty("name").GetString());
        Assert.Equal(owned.Slug, project.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Me_WhenAnonymous_ShouldAnswerTheOriginals401()
    {
        var original = WireExample.Load("07-me-no-auth.json");

        var response = await factory.CreateClient().GetAsync("/api/auth/me");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("Authentication required", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Me_WhenPostedTo_ShouldAnswer405BeforeAuthentication()
    {
        var response = await factory.CreateClient().PostAsync("/api/auth/me", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static async Task<List<JsonElement>> ProjectsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data").GetProperty("projects").EnumerateArray().ToList();
    }
}
