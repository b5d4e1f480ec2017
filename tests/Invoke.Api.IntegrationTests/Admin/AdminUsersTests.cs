using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminUsersTests(InvokeApiFactory factory)
{
    private const string Path = "/api/admin/users";
    private const string StrongPassword = "violet-Harbor-87-quantum-Lamp";

    [Fact]
    public async Task List_ShouldAnswerUsersNewestFirstWithTheirProjectCountAsAString()
    {
        var (_, client) = await AdminClientAsync();
        var member = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: member);
        await factory.AddMemberAsync(await factory.CreateProjectAsync(), member);

        var response = await client.GetAsync(Path);

        var body = await response.ReadSuccessAsync();
        Assert.Equal(["users"], JsonShape.PropertyNames(body));
        var users = body.GetProperty("users").EnumerateArray().ToList();
        var row = users.Single(u => u.GetProperty("id").GetInt32() == member.Id);
        Assert.Equal(["id", "username", "email", "is_admin", "created_at", "last_login", "project_count"], JsonShape.PropertyNames(row));
        Assert.Equal((member.Username, member.Email, false, "2"), (row.GetProperty("username").GetString(),
            row.GetProperty("email").GetString(), row.GetProperty("is_admin").GetBoolean(), row.GetProperty("project_count").GetString()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("last_login").ValueKind);
        Assert.DoesNotContain("password", await response.Content.ReadAsStringAsync());
        var ids = users.Select(u => u.GetProperty("id").GetInt32()).ToList();
        Assert.True(ids.IndexOf(member.Id) < ids.IndexOf(1), "The newest user comes first; the initial admin last.");
    }

    [Fact]
    public async Task Create_ShouldAnswer201WithTheRowAndStoreABcryptCost12Hash()
    {
        var (_, client) = await AdminClientAsync();
        var username = IdentityData.UniqueName("carol");

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new
        {
            username, email = $"{username}@example.test", password = StrongPassword, is_admin = true,
        });

        var user = (await response.ReadSuccessAsync(201)).GetProperty("user");
        Assert.Equal(["id", "username", "email", "is_admin", "created_at", "updated_at", "last_login"], JsonShape.PropertyNames(user));
        Assert.Equal((username, true), (user.GetProperty("username").GetString(), user.GetProperty("is_admin").GetBoolean()));
        Assert.Matches(JsonShape.IsoTimestampPattern, user.GetProperty("created_at").GetString());
        var stored = await factory.QueryDbAsync(db => db.Users.SingleAsync(u => u.Username == username));
        Assert.StartsWith("$2b$12$", stored.PasswordHash);
        Assert.True(BCrypt.Net.BCrypt.Verify(StrongPassword, stored.PasswordHash));
    }

    [Fact]
    public async Task Create_WhenIsAdminIsOmitted_ShouldCreateARegularUser()
    {
        var (_, client) = await AdminClientAsync();
        var username = IdentityData.UniqueName("dave");

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { username, email = $"{username}@example.test", password = StrongPassword });

        Assert.False((await response.ReadSuccessAsync(201)).GetProperty("user").GetProperty("is_admin").GetBoolean());
    }

    [Fact]
    public async Task Create_WhenThePasswordIsWeak_ShouldAnswer400WithTheFeedbackAndTheScore()
    {
        var (_, client) = await AdminClientAsync();
        var username = IdentityData.UniqueName("weak");

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { username, email = $"{username}@example.test", password = "password" });

        var body = await response.AssertErrorAsync(400, field: "password");
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
        Assert.InRange(body.GetProperty("score").GetInt32(), 0, 2);
        Assert.Equal(body.GetProperty("score").GetInt32(), body.GetProperty("data").GetProperty("score").GetInt32());
        Assert.False(await factory.QueryDbAsync(db => db.Users.AnyAsync(u => u.Username == username)));
    }

    [Fact]
    public async Task Create_WhenTheUsernameOrTheEmailIsTaken_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();
        var existing = await factory.CreateUserAsync();
        var fresh = IdentityData.UniqueName("fresh");

        var sameName = await client.SendJsonAsync(HttpMethod.Post, Path, new { username = existing.Username, email = $"{fresh}@example.test", password = StrongPassword });
        var sameEmail = await client.SendJsonAsync(HttpMethod.Post, Path, new { username = fresh, email = existing.Email, password = StrongPassword });

        await sameName.AssertErrorAsync(400, "Username or email already exists");
        await sameEmail.AssertErrorAsync(400, "Username or email already exists");
    }

    [Theory]
    [InlineData("""{"email":"a@example.test","password":"violet-Harbor-87-quantum-Lamp"}""", "Username, email, and password are required", "username")]
    [InlineData("""{"username":"a","password":"violet-Harbor-87-quantum-Lamp"}""", "Username, email, and password are required", "email")]
    [InlineData("""{"username":"a","email":"a@example.test"}""", "Username, email, and password are required", "password")]
    [InlineData("""{"username":"  ","email":"a@example.test","password":"violet-Harbor-87-quantum-Lamp"}""", "Username, email, and password are required", "username")]
    [InlineData("""{"username":"a","email":"not-an-email","password":"violet-Harbor-87-quantum-Lamp"}""", "email must be a valid email address", "email")]
    [InlineData("""{"username":"a","email":"a@example.test","password":"violet-Harbor-87-quantum-Lamp","is_admin":"yes"}""", null, "is_admin")]
    [InlineData("""{"username":["a"],"email":"a@example.test","password":"violet-Harbor-87-quantum-Lamp"}""", null, "username")]
    [InlineData("""{"username":"a","email":"a@example.test","password":12345678}""", null, "password")]
    public async Task Create_WhenTheBodyIsInvalid_ShouldAnswer400NamingTheField(string json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Post, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task Create_WhenFieldsAreTooLong_ShouldAnswer400NamingEachOne()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new
        {
            username = new string('u', 51), email = new string('e', 250) + "@example.test", password = new string('p', 73),
        });

        var body = await response.AssertErrorAsync(400);
        Assert.Equal(["username", "email", "password"], JsonShape.PropertyNames(body.GetProperty("errors")));
        Assert.Equal("Username must be at most 50 characters", body.GetProperty("errors").GetProperty("username")[0].GetString());
    }

    [Fact]
    public async Task Update_ShouldChangeTheGivenFieldsAndAnswerTheShortRow()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var username = IdentityData.UniqueName("renamed");

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new
        {
            id = user.Id, username, email = $"{username}@example.test", is_admin = true, password = StrongPassword,
        });

        var updated = (await response.ReadSuccessAsync()).GetProperty("user");
        Assert.Equal(["id", "username", "email", "is_admin", "updated_at"], JsonShape.PropertyNames(updated));
        Assert.Equal((username, true), (updated.GetProperty("username").GetString(), updated.GetProperty("is_admin").GetBoolean()));
        var stored = await factory.QueryDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal(($"{username}@example.test", (bool?)true), (stored.Email, stored.IsAdmin));
        Assert.True(BCrypt.Net.BCrypt.Verify(StrongPassword, stored.PasswordHash));
        Assert.StartsWith("$2b$12$", stored.PasswordHash);
    }

    [Fact]
    public async Task Update_WhenFieldsAreBlankOrOmitted_ShouldKeepThem()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var before = await factory.QueryDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = user.Id, username = "", email = "  ", password = "" });

        await response.ReadSuccessAsync();
        var after = await factory.QueryDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal((before.Username, before.Email, before.PasswordHash, before.IsAdmin), (after.Username, after.Email, after.PasswordHash, after.IsAdmin));
    }

    [Fact]
    public async Task Update_WhenTheAdminChangesTheirOwnPassword_ShouldAnswer403AndKeepIt()
    {
        var (admin, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = admin.Id, password = StrongPassword });

        await response.AssertErrorAsync(403, "You cannot change your own password through user management. Please use the Profile Settings page.");
        var stored = await factory.QueryDbAsync(db => db.Users.SingleAsync(u => u.Id == admin.Id));
        Assert.True(BCrypt.Net.BCrypt.Verify(admin.Password, stored.PasswordHash));
    }

    [Fact]
    public async Task Update_WhenTheAdminDropsTheirOwnAdminRights_ShouldAnswer403AndKeepThem()
    {
        var (admin, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = admin.Id, is_admin = false });

        await response.AssertErrorAsync(403, "You cannot remove your own admin rights. Please use another admin account to modify your role.");
        Assert.True(await factory.QueryDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.IsAdmin == true).SingleAsync()));
    }

    [Fact]
    public async Task Update_WhenTheAdminRenamesThemselves_ShouldAccept()
    {
        var (admin, client) = await AdminClientAsync();
        var username = IdentityData.UniqueName("self");

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = admin.Id, username, is_admin = true });

        Assert.Equal(username, (await response.ReadSuccessAsync()).GetProperty("user").GetProperty("username").GetString());
    }

    [Fact]
    public async Task Update_WhenTheNewPasswordIsWeak_ShouldAnswer400WithTheScore()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = user.Id, password = "qwerty" });

        var body = await response.AssertErrorAsync(400, field: "password");
        Assert.InRange(body.GetProperty("score").GetInt32(), 0, 2);
        Assert.Equal(body.GetProperty("score").GetInt32(), body.GetProperty("data").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task Update_WhenTheUsernameIsTaken_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var other = await factory.CreateUserAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = user.Id, username = other.Username });

        await response.AssertErrorAsync(400, "Username or email already exists");
    }

    [Fact]
    public async Task Update_WhenTheUserDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = int.MaxValue, username = "ghost" });

        await response.AssertErrorAsync(404, "User not found");
    }

    [Theory]
    [InlineData("""{"username":"x"}""", "User ID is required")]
    [InlineData("""{"id":-4}""", "id must be a positive integer")]
    [InlineData("""{"id":"four"}""", null)]
    public async Task Update_WhenTheIdIsMissingOrInvalid_ShouldAnswer400NamingId(string json, string? message)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Put, Path, json);

        await response.AssertErrorAsync(400, message, "id");
    }

    [Fact]
    public async Task Delete_ShouldRemoveTheUserAndTheirKeysAndKeepWhatTheyCreated()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        await factory.CreateApiKeyAsync(user);
        var owner = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: owner);
        await factory.AddMemberAsync(project, user, ProjectRole.Owner);
        var created = await CreatedByAsync(user, project);

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = user.Id });

        var body = await response.ReadSuccessAsync();
        Assert.Equal(["success", "message"], JsonShape.PropertyNames(body));
        Assert.Equal("User deleted successfully", body.GetProperty("message").GetString());
        await factory.ExecuteDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == user.Id));
            Assert.False(await db.ApiKeys.AnyAsync(k => k.CreatedBy == user.Id));
            Assert.False(await db.ProjectMemberships.AnyAsync(m => m.UserId == user.Id));
            Assert.Null((await db.Projects.SingleAsync(p => p.Id == created.ProjectId)).CreatedBy);
            Assert.Null((await db.ProjectMemberships.SingleAsync(m => m.Id == created.MembershipId)).CreatedBy);
            Assert.Null(await db.Functions.SelectMany(f => f.Versions).Where(v => v.Id == created.VersionId).Select(v => v.CreatedBy).SingleAsync());
        });
    }

    [Fact]
    public async Task Delete_WithTheIdInThePath_ShouldRemoveTheUser()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();

        var response = await client.DeleteAsync($"{Path}/{user.Id}");

        await response.ReadSuccessAsync();
        Assert.False(await factory.QueryDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task Delete_WhenTheAdminDeletesThemselves_ShouldAnswer403()
    {
        var (admin, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = admin.Id });

        await response.AssertErrorAsync(403, "You cannot delete your own account. Please use another admin account to delete this user.");
        Assert.True(await factory.QueryDbAsync(db => db.Users.AnyAsync(u => u.Id == admin.Id)));
    }

    [Fact]
    public async Task Delete_WhenTheUserDeployedAFunction_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.ExecuteDbAsync(async db =>
        {
            db.Functions.Add(Function.Create(project.Id, "deployed", null, deployedBy: user.Id));
            await db.SaveChangesAsync();
        });

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = user.Id });

        await response.AssertErrorAsync(400, "Cannot delete user who has deployed functions. Please reassign or delete functions first.");
        Assert.True(await factory.QueryDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task Delete_WhenTheUserIsTheSoleOwnerOfProjects_ShouldAnswer400ListingOnlyThoseProjects()
    {
        var (_, client) = await AdminClientAsync();
        var user = await factory.CreateUserAsync();
        var soleB = await factory.CreateProjectAsync(name: IdentityData.UniqueName("b-sole"), owner: user);
        var soleA = await factory.CreateProjectAsync(name: IdentityData.UniqueName("a-sole"), owner: user);
        var shared = await factory.CreateProjectAsync(owner: user);
        await factory.AddMemberAsync(shared, await factory.CreateUserAsync(), ProjectRole.Owner);

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = user.Id });

        var body = await response.AssertErrorAsync(400, "Cannot delete user who is the sole owner of projects. Please assign another owner first.");
        var projects = body.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(["id", "name"], JsonShape.PropertyNames(projects[0]));
        Assert.Equal([soleA.Id, soleB.Id], projects.Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(soleA.Name, projects[0].GetProperty("name").GetString());
        Assert.True(await factory.QueryDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task Delete_WhenTheUserDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = int.MaxValue });

        await response.AssertErrorAsync(404, "User not found");
    }

    [Theory]
    [InlineData(null, "User ID is required")]
    [InlineData("{}", "User ID is required")]
    [InlineData("""{"id":0}""", "id must be a positive integer")]
    [InlineData("""{"id":true}""", null)]
    public async Task Delete_WhenTheIdIsMissingOrInvalid_ShouldAnswer400NamingId(string? json, string? message)
    {
        var (_, client) = await AdminClientAsync();

        var response = json is null ? await client.DeleteAsync(Path) : await client.SendRawJsonAsync(HttpMethod.Delete, Path, json);

        await response.AssertErrorAsync(400, message, "id");
    }

    [Fact]
    public async Task Delete_WhenThePathIdIsNotANumber_ShouldAnswer400NamingId()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.DeleteAsync($"{Path}/bob");

        await response.AssertErrorAsync(400, field: "id");
    }

    private async Task<(TestUser Admin, HttpClient Client)> AdminClientAsync()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        return (admin, factory.CreateClientFor(admin));
    }

    /// <summary>A project, a membership and a function version whose creator is <paramref name="user"/>.</summary>
    private async Task<(Guid ProjectId, int MembershipId, Guid VersionId)> CreatedByAsync(TestUser user, TestProject memberOf)
    {
        var project = Project.Create(IdentityData.UniqueName("made-by"), null, createdBy: user.Id);
        var function = Function.Create(memberOf.Id, "versioned", null, deployedBy: null);
        var version = function.AddVersion([7], createdBy: user.Id);
        ProjectMembership membership = null!;
        await factory.ExecuteDbAsync(async db =>
        {
            db.Projects.Add(project);
            db.Functions.Add(function);
            await db.SaveChangesAsync();
            var colleague = await factory.CreateUserAsync();
            membership = ProjectMembership.Create(memberOf.Id, colleague.Id, ProjectRole.Developer, createdBy: user.Id);
            db.ProjectMemberships.Add(membership);
            await db.SaveChangesAsync();
        });
        return (project.Id, membership.Id, version.Id);
    }
}
