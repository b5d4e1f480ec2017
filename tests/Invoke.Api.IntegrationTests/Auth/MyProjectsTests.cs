using System.Net;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class MyProjectsTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    [Fact]
    public async Task Get_WhenAdmin_ShouldAnswerTheOriginalsBareObjectWithEveryActiveProject()
    {
        var original = WireExample.Load("15-my-projects.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();

        var response = await factory.CreateClient().WithJwt(admin).GetAsync("/api/my-projects");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["projects"], JsonShape.PropertyNames(body));
        var projects = body.GetProperty("projects").EnumerateArray().ToList();
        JsonShape.AssertExtends(original.Body.GetProperty("projects")[0], projects[0]);
        Assert.Contains(projects, p => p.GetProperty("id").GetGuid() == project.Id);
        Assert.All(projects, p => Assert.Equal(ProjectRole.Owner, p.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Get_WhenMember_ShouldNotListProjectsOfOthers()
    {
        var user = await factory.CreateUserAsync();
        var other = await factory.CreateUserAsync();
        var mine = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(mine, user);
        await factory.CreateProjectAsync(owner: other);

        var response = await factory.CreateClient().WithJwt(user).GetAsync("/api/my-projects");

        var projects = (await JsonShape.ReadBodyAsync(response)).GetProperty("projects").EnumerateArray().ToList();
        var only = Assert.Single(projects);
        Assert.Equal(mine.Id, only.GetProperty("id").GetGuid());
        Assert.Equal(ProjectRole.Developer, only.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Get_WhenCalledWithAnApiKey_ShouldAnswer401NoTokenProvided()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var key = await factory.CreateApiKeyAsync(admin);

        var response = await factory.CreateClient().WithApiKey(key).GetAsync("/api/my-projects");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "No token provided");
    }
}
