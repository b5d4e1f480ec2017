using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth.Probes;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task EveryCheck_WhenTheMembersProjectIsInactive_ShouldCloseItToThem()
    {
        var user = await factory.CreateUserAsync();
        var inactive = await factory.CreateProjectAsync(owner: user, isActive: false);
        var active = await factory.CreateProjectAsync(owner: user);
        var client = factory.CreateClient().WithJwt(user);

        Assert.Equal(JsonValueKind.Null, (await DataAsync(client, $"projects/{inactive.Id}/role")).ValueKind);
        foreach (var check in new[] { "member", "owner" })
        {
            await AuthenticationTests.AssertErrorAsync(
                await client.GetAsync($"/api/security-probe/projects/{inactive.Id}/{check}"),
                HttpStatusCode.Forbidden,
                "Access denied: this project is inactive");
        }

        var accessible = (await DataAsync(client, "projects")).EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal([active.Id], accessible);
    }

    [Fact]
    public async Task FunctionRoutes_WhenTheMembersProjectIsInactive_ShouldNeitherListNorServeItsFunctions()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var client = factory.CreateClient().WithJwt(user);
        var created = await client.PostAsJsonAsync(
            "/api/functions", new { name = IdentityData.UniqueName("fn"), project_id = project.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var functionId = (await JsonShape.ReadBodyAsync(created)).GetProperty("data").GetProperty("id").GetGuid();
        await factory.ExecuteDbAsync(async context =>
        {
            var stored = await context.Projects.SingleAsync(p => p.Id == project.Id);
            stored.Deactivate();
            await context.SaveChangesAsync();
        });

        var list = await client.GetAsync("/api/functions");
        var byProject = await client.GetAsync($"/api/functions?projectId={project.Id}");
        var one = await client.GetAsync($"/api/functions/{functionId}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty((await JsonShape.ReadBodyAsync(list)).GetProperty("data").EnumerateArray());
        await AuthenticationTests.AssertErrorAsync(byProject, HttpStatusCode.Forbidden, "Access denied: this project is inactive");
        await AuthenticationTests.AssertErrorAsync(one, HttpStatusCode.Forbidden, "Access denied: this project is inactive");
    }

    [Fact]
    public async Task EveryCheck_WhenAdminAndTheProjectIsInactive_ShouldStillPass()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var inactive = await factory.CreateProjectAsync(isActive: false);
        var client = factory.CreateClient().WithJwt(admin);

        Assert.Equal("member", (await DataAsync(client, $"projects/{inactive.Id}/member")).GetString());
        Assert.Equal("owner", (await DataAsync(client, $"projects/{inactive.Id}/owner")).GetString());
        Assert.Contains(inactive.Id, (await DataAsync(client, "projects")).EnumerateArray().Select(e => e.GetGuid()));
    }

    private static async Task<JsonElement> DataAsync(HttpClient client, string relativePath)
    {
        var response = await client.GetAsync($"/api/security-probe/{relativePath}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
    }
}
