using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth.Probes;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>IProjectAccess as handlers use it, on a real database (admin-api.md §2.4).</summary>
public sealed class ProjectAccessTests(SecurityProbeApiFactory factory) : IClassFixture<SecurityProbeApiFactory>
{
    [Theory]
    [InlineData(ProjectRole.Owner)]
    [InlineData(ProjectRole.Developer)]
    public async Task GetRole_WhenMember_ShouldReturnTheMembershipRole(string role)
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(project, user, role);

        var data = await DataAsync(factory.CreateClient().WithJwt(user), $"projects/{project.Id}/role");

        Assert.Equal(role, data.GetString());
    }

    [Fact]
    public async Task GetRole_WhenMemberOfAnotherProjectOnly_ShouldReturnNull()
    {
        var user = await factory.CreateUserAsync();
        var mine = await factory.CreateProjectAsync(owner: user);
        var theirs = await factory.CreateProjectAsync();

        var data = await DataAsync(factory.CreateClient().WithJwt(user), $"projects/{theirs.Id}/role");

        Assert.Equal(JsonValueKind.Null, data.ValueKind);
        Assert.NotEqual(mine.Id, theirs.Id);
    }

    [Fact]
    public async Task GetRole_WhenAdmin_ShouldBeOwnerOfEveryProject()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();

        var data = await DataAsync(factory.CreateClient().WithJwt(admin), $"projects/{project.Id}/role");

        Assert.Equal(ProjectRole.Owner, data.GetString());
    }

    [Fact]
    public async Task EnsureMember_WhenNotAMember_ShouldAnswer403WithTheOriginalsMessage()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();

        var response = await factory.CreateClient().WithJwt(user).GetAsync($"/api/security-probe/projects/{project.Id}/member");

        await AuthenticationTests.AssertErrorAsync(
            response, HttpStatusCode.Forbidden, "Access denied: not a member of this project");
    }

    [Fact]
    public async Task EnsureMember_WhenDeveloperThroughApiKey_ShouldPass()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(project, user);
        var key = await factory.CreateApiKeyAsync(user);

        var data = await DataAsync(factory.CreateClient().WithApiKey(key), $"projects/{project.Id}/member");

        Assert.Equal("member", data.GetString());
    }

    [Fact]
    public async Task EnsureOwner_WhenDeveloper_ShouldAnswer403WithTheOriginalsMessage()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(project, user);

        var response = await factory.CreateClient().WithJwt(user).GetAsync($"/api/security-probe/projects/{project.Id}/owner");

        await AuthenticationTests.AssertErrorAsync(
            response, HttpStatusCode.Forbidden, "Only project owners can perform this action");
    }

    [Fact]
    public async Task EnsureOwner_WhenOwner_ShouldPass()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);

        var data = await DataAsync(factory.CreateClient().WithJwt(user), $"projects/{project.Id}/owner");

        Assert.Equal("owner", data.GetString());
    }

    [Fact]
    public async Task AccessibleProjectIds_WhenMember_ShouldListOnlyTheUsersProjects()
    {
        var user = await factory.CreateUserAsync();
        var owned = await factory.CreateProjectAsync(owner: user);
        var joined = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(joined, user);
        await factory.CreateProjectAsync();

        var data = await DataAsync(factory.CreateClient().WithJwt(user), "projects");

        Assert.Equal(
            new[] { owned.Id, joined.Id }.Order(),
            data.EnumerateArray().Select(e => e.GetGuid()).Order());
    }

    [Fact]
    public async Task AccessibleProjectIds_WhenAdmin_ShouldListEveryProject()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();
        var projectCount = await factory.QueryDbAsync(context => Task.FromResult(context.Projects.Count()));

        var data = await DataAsync(factory.CreateClient().WithJwt(admin), "projects");

        var ids = data.EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Contains(project.Id, ids);
        Assert.Contains(Project.DefaultProjectId, ids);
        Assert.Equal(projectCount, ids.Count);
    }

    private static async Task<JsonElement> DataAsync(HttpClient client, string relativePath)
    {
        var response = await client.GetAsync($"/api/security-probe/{relativePath}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
    }
}
