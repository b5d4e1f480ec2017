using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminProjectMembersTests(InvokeApiFactory factory)
{
    private const string Path = "/api/admin/project-members";
    private const string LastOwnerRemoval = "Cannot remove the last owner from project. Please assign another owner first.";
    private const string LastOwnerDemotion = "Cannot demote the last owner of the project. Please assign another owner first.";

    [Fact]
    public async Task List_ShouldAnswerTheMembersOldestFirstWithWhoAddedThem()
    {
        var (admin, client) = await AdminClientAsync();
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        var developer = await factory.CreateUserAsync();
        (await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = project.Id, userId = developer.Id })).EnsureSuccessStatusCode();

        var response = await client.GetAsync($"{Path}?projectId={project.Id}");

        var body = await response.ReadSuccessAsync();
        Assert.Equal(["members"], JsonShape.PropertyNames(body));
        var members = body.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["id", "role", "created_at", "user_id", "username", "email", "added_by"], JsonShape.PropertyNames(members[0]));
        Assert.Equal(
            [(owner.Username, owner.Email, "owner", owner.Username), (developer.Username, developer.Email, "developer", admin.Username)],
            members.Select(m => (m.GetProperty("username").GetString(), m.GetProperty("email").GetString(),
                m.GetProperty("role").GetString(), m.GetProperty("added_by").GetString())));
        Assert.Equal(owner.Id, members[0].GetProperty("user_id").GetInt32());
        Assert.Matches(JsonShape.IsoTimestampPattern, members[0].GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task List_WhenTheProjectIdIsMissing_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.GetAsync(Path);

        await response.AssertErrorAsync(400, "Project ID is required", "projectId");
    }

    [Fact]
    public async Task List_WhenTheProjectIdIsNotAUuid_ShouldAnswer400NamingIt()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.GetAsync($"{Path}?projectId=system");

        await response.AssertErrorAsync(400, field: "projectId");
    }

    [Fact]
    public async Task List_WhenTheProjectDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.GetAsync($"{Path}?projectId={Guid.NewGuid()}");

        await response.AssertErrorAsync(404, "Project not found");
    }

    [Fact]
    public async Task Add_ShouldAnswer201WithTheMembershipAsDeveloperByDefault()
    {
        var (admin, client) = await AdminClientAsync();
        var project = await factory.CreateProjectAsync();
        var user = await factory.CreateUserAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = project.Id, userId = user.Id });

        var membership = (await response.ReadSuccessAsync(201)).GetProperty("membership");
        Assert.Equal(["id", "role", "created_at", "user_id", "username"], JsonShape.PropertyNames(membership));
        Assert.Equal(("developer", user.Id, user.Username), (membership.GetProperty("role").GetString(),
            membership.GetProperty("user_id").GetInt32(), membership.GetProperty("username").GetString()));
        var stored = await factory.QueryDbAsync(db => db.ProjectMemberships.SingleAsync(m => m.Id == membership.GetProperty("id").GetInt32()));
        Assert.Equal((project.Id, (int?)admin.Id), (stored.ProjectId, stored.CreatedBy));
    }

    [Fact]
    public async Task Add_WhenTheUserIdIsAStringOfDigits_ShouldAcceptItAsTheFormSelectSendsIt()
    {
        var (_, client) = await AdminClientAsync();
        var project = await factory.CreateProjectAsync();
        var user = await factory.CreateUserAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = project.Id, userId = user.Id.ToString(), role = "owner" });

        var membership = (await response.ReadSuccessAsync(201)).GetProperty("membership");
        Assert.Equal("owner", membership.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Add_WhenTheUserIsAlreadyAMember_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = project.Id, userId = user.Id });

        await response.AssertErrorAsync(400, "User is already a member of this project", "userId");
    }

    [Fact]
    public async Task Add_WhenTheUserOrTheProjectDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();
        var project = await factory.CreateProjectAsync();
        var user = await factory.CreateUserAsync();

        var noUser = await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = project.Id, userId = int.MaxValue });
        var noProject = await client.SendJsonAsync(HttpMethod.Post, Path, new { projectId = Guid.NewGuid(), userId = user.Id });

        await noUser.AssertErrorAsync(404, "User not found");
        await noProject.AssertErrorAsync(404, "Project not found");
    }

    [Theory]
    [InlineData("""{"userId":1}""", "Project ID and User ID are required", "projectId")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000"}""", "Project ID and User ID are required", "userId")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000","userId":1,"role":"admin"}""", "Invalid role. Must be owner or developer", "role")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000","userId":-3}""", "userId must be a positive integer", "userId")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000","userId":"abc"}""", null, "userId")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000","userId":1.5}""", null, "userId")]
    [InlineData("""{"projectId":"nope","userId":1}""", null, "projectId")]
    [InlineData("""{"projectId":"00000000-0000-0000-0000-000000000000","userId":1,"role":7}""", null, "role")]
    public async Task Add_WhenTheBodyIsInvalid_ShouldAnswer400NamingTheField(string json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Post, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task ChangeRole_ShouldAnswerTheWholeMembershipRow()
    {
        var (_, client) = await AdminClientAsync();
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        var developer = await factory.CreateUserAsync();
        await factory.AddMemberAsync(project, developer);
        var membershipId = await MembershipIdAsync(project, developer);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { membershipId, role = "owner" });

        var membership = (await response.ReadSuccessAsync()).GetProperty("membership");
        Assert.Equal(["id", "project_id", "user_id", "role", "created_at", "created_by"], JsonShape.PropertyNames(membership));
        Assert.Equal((membershipId, project.Id, developer.Id, "owner"), (membership.GetProperty("id").GetInt32(),
            membership.GetProperty("project_id").GetGuid(), membership.GetProperty("user_id").GetInt32(), membership.GetProperty("role").GetString()));
        Assert.Equal(JsonValueKind.Null, membership.GetProperty("created_by").ValueKind);
    }

    [Fact]
    public async Task ChangeRole_WhenItWouldDemoteTheLastOwner_ShouldAnswer400AndKeepTheOwner()
    {
        var (_, client) = await AdminClientAsync();
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        var membershipId = await MembershipIdAsync(project, owner);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { membershipId, role = "developer" });

        await response.AssertErrorAsync(400, LastOwnerDemotion);
        Assert.Equal(ProjectRole.Owner, await RoleAsync(membershipId));
    }

    [Fact]
    public async Task ChangeRole_WhenAnotherOwnerRemains_ShouldDemote()
    {
        var (_, client) = await AdminClientAsync();
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        await factory.AddMemberAsync(project, await factory.CreateUserAsync(), ProjectRole.Owner);
        var membershipId = await MembershipIdAsync(project, owner);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { membershipId, role = "developer" });

        await response.ReadSuccessAsync();
        Assert.Equal(ProjectRole.Developer, await RoleAsync(membershipId));
    }

    [Theory]
    [InlineData("""{"role":"owner"}""", "Membership ID and role are required", "membershipId")]
    [InlineData("""{"membershipId":1}""", "Membership ID and role are required", "role")]
    [InlineData("""{"membershipId":1,"role":"boss"}""", "Invalid role. Must be owner or developer", "role")]
    [InlineData("""{"membershipId":0,"role":"owner"}""", "membershipId must be a positive integer", "membershipId")]
    [InlineData("""{"membershipId":"x","role":"owner"}""", null, "membershipId")]
    public async Task ChangeRole_WhenTheBodyIsInvalid_ShouldAnswer400NamingTheField(string json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Put, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task ChangeRole_WhenTheMembershipDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { membershipId = int.MaxValue, role = "owner" });

        await response.AssertErrorAsync(404, "Membership not found");
    }

    [Fact]
    public async Task Remove_ShouldDeleteTheMembership()
    {
        var (_, client) = await AdminClientAsync();
        var project = await factory.CreateProjectAsync(owner: await factory.CreateUserAsync());
        var developer = await factory.CreateUserAsync();
        await factory.AddMemberAsync(project, developer);
        var membershipId = await MembershipIdAsync(project, developer);

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { membershipId });

        var body = await response.ReadSuccessAsync();
        Assert.Equal(["success", "message"], JsonShape.PropertyNames(body));
        Assert.Equal("Member removed successfully", body.GetProperty("message").GetString());
        Assert.Null(await RoleAsync(membershipId));
    }

    [Fact]
    public async Task Remove_WithTheIdInThePath_ShouldDeleteTheMembership()
    {
        var (_, client) = await AdminClientAsync();
        var project = await factory.CreateProjectAsync(owner: await factory.CreateUserAsync());
        var developer = await factory.CreateUserAsync();
        await factory.AddMemberAsync(project, developer);
        var membershipId = await MembershipIdAsync(project, developer);

        var response = await client.DeleteAsync($"{Path}/{membershipId}");

        await response.ReadSuccessAsync();
        Assert.Null(await RoleAsync(membershipId));
    }

    [Fact]
    public async Task Remove_WhenItIsTheLastOwner_ShouldAnswer400AndKeepIt()
    {
        var (_, client) = await AdminClientAsync();
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        var membershipId = await MembershipIdAsync(project, owner);

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { membershipId });

        await response.AssertErrorAsync(400, LastOwnerRemoval);
        Assert.Equal(ProjectRole.Owner, await RoleAsync(membershipId));
    }

    [Fact]
    public async Task Remove_WhenTwoRequestsRemoveBothOwnersAtOnce_ShouldKeepOne()
    {
        var (_, client) = await AdminClientAsync();
        var first = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: first);
        var second = await factory.CreateUserAsync();
        await factory.AddMemberAsync(project, second, ProjectRole.Owner);
        var ids = new[] { await MembershipIdAsync(project, first), await MembershipIdAsync(project, second) };

        var responses = await Task.WhenAll(ids.Select(membershipId =>
            client.SendJsonAsync(HttpMethod.Delete, Path, new { membershipId })));

        Assert.Equal([200, 400], responses.Select(r => (int)r.StatusCode).Order());
        Assert.Equal(1, await factory.QueryDbAsync(db => db.ProjectMemberships.CountAsync(m => m.ProjectId == project.Id)));
    }

    [Theory]
    [InlineData(null, "Membership ID is required")]
    [InlineData("{}", "Membership ID is required")]
    [InlineData("""{"membershipId":-1}""", "membershipId must be a positive integer")]
    public async Task Remove_WhenTheIdIsMissingOrNegative_ShouldAnswer400(string? json, string message)
    {
        var (_, client) = await AdminClientAsync();

        var response = json is null
            ? await client.DeleteAsync(Path)
            : await client.SendRawJsonAsync(HttpMethod.Delete, Path, json);

        await response.AssertErrorAsync(400, message, "membershipId");
    }

    [Fact]
    public async Task Remove_WhenThePathIdIsNotANumber_ShouldAnswer400NamingIt()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.DeleteAsync($"{Path}/abc");

        await response.AssertErrorAsync(400, field: "membershipId");
    }

    [Fact]
    public async Task Remove_WhenTheMembershipDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { membershipId = int.MaxValue });

        await response.AssertErrorAsync(404, "Membership not found");
    }

    private async Task<(TestUser Admin, HttpClient Client)> AdminClientAsync()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        return (admin, factory.CreateClientFor(admin));
    }

    private Task<int> MembershipIdAsync(TestProject project, TestUser user) =>
        factory.QueryDbAsync(db => db.ProjectMemberships
            .Where(m => m.ProjectId == project.Id && m.UserId == user.Id).Select(m => m.Id).SingleAsync());

    private Task<string?> RoleAsync(int membershipId) =>
        factory.QueryDbAsync(db => db.ProjectMemberships
            .Where(m => m.Id == membershipId).Select(m => m.Role).SingleOrDefaultAsync());
}
