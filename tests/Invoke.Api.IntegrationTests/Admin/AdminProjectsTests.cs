using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Invoke.Domain.KeyValueStore;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminProjectsTests(InvokeApiFactory factory)
{
    private const string Path = "/api/admin/projects";

    [Fact]
    public async Task Create_ShouldAnswer201WithTheOriginalsShapeAndAddOwnerAndAllowAllPolicies()
    {
        var original = WireExample.Load("12-project-create.json");
        var (admin, client) = await AdminClientAsync();
        var name = IdentityData.UniqueName("Anchor Project");

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name, description = "Anchor test project" });

        var body = await response.ReadSuccessAsync(original.Status);
        var project = body.GetProperty("project");
        AssertSameMembers(original.Body.GetProperty("project"), project);
        Assert.Equal(name, project.GetProperty("name").GetString());
        Assert.Equal(ProjectSlug.FromName(name), project.GetProperty("slug").GetString());
        Assert.Equal(admin.Id, project.GetProperty("created_by").GetInt32());
        Assert.Equal("1073741824", project.GetProperty("kv_storage_limit_bytes").GetString());
        Assert.Matches(JsonShape.IsoTimestampPattern, project.GetProperty("created_at").GetString());
        var projectId = project.GetProperty("id").GetGuid();
        var membership = await factory.QueryDbAsync(db => db.ProjectMemberships.SingleAsync(m => m.ProjectId == projectId));
        Assert.Equal((admin.Id, ProjectRole.Owner, (int?)admin.Id), (membership.UserId, membership.Role, membership.CreatedBy));
        var policies = await factory.QueryDbAsync(db => db.ProjectNetworkPolicies
            .Where(p => p.ProjectId == projectId).OrderBy(p => p.Priority)
            .Select(p => $"{p.Priority} {p.Action} {p.TargetType} {p.TargetValue} {p.Description}").ToListAsync());
        Assert.Equal(["1 allow cidr 0.0.0.0/0 Allow all public IPv4", "2 allow cidr ::/0 Allow all public IPv6"], policies);
    }

    [Fact]
    public async Task Create_ShouldTakeTheKvQuotaFromTheGlobalSetting()
    {
        var (_, client) = await AdminClientAsync();
        await SetKvSettingAsync("5000");
        try
        {
            var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name = IdentityData.UniqueName("quota") });

            var body = await response.ReadSuccessAsync(201);
            Assert.Equal("5000", body.GetProperty("project").GetProperty("kv_storage_limit_bytes").GetString());
        }
        finally
        {
            await SetKvSettingAsync("1073741824");
        }
    }

    [Fact]
    public async Task Create_WhenTheNameExists_ShouldAnswer400LikeTheOriginal()
    {
        var original = WireExample.Load("13-project-create-duplicate.json");
        var (_, client) = await AdminClientAsync();
        var name = IdentityData.UniqueName("taken");
        (await client.SendJsonAsync(HttpMethod.Post, Path, new { name })).EnsureSuccessStatusCode();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name });

        await response.AssertErrorAsync(original.Status, original.Body.GetProperty("error").GetString(), "name");
        Assert.Equal(1, await factory.QueryDbAsync(db => db.Projects.CountAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task Create_WhenAnotherNameGivesTheSameSlug_ShouldAnswer400NamingName()
    {
        var (_, client) = await AdminClientAsync();
        var name = IdentityData.UniqueName("slug");
        (await client.SendJsonAsync(HttpMethod.Post, Path, new { name = name + " x" })).EnsureSuccessStatusCode();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name = name + "!x" });

        await response.AssertErrorAsync(400, $"A project with the slug '{ProjectSlug.FromName(name + " x")}' already exists; choose another name", "name");
    }

    [Fact]
    public async Task Create_WhenTwoRequestsRaceForOneName_ShouldCreateOneProject()
    {
        var (_, client) = await AdminClientAsync();
        var name = IdentityData.UniqueName("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => client.SendJsonAsync(HttpMethod.Post, Path, new { name })));

        Assert.Equal(1, responses.Count(r => (int)r.StatusCode == 201));
        Assert.All(responses.Where(r => (int)r.StatusCode != 201), r => Assert.Equal(400, (int)r.StatusCode));
        Assert.Equal(1, await factory.QueryDbAsync(db => db.Projects.CountAsync(p => p.Name == name)));
    }

    [Theory]
    [InlineData("{}", "Project name is required", "name")]
    [InlineData("""{"name":"   "}""", "Project name is required", "name")]
    [InlineData("""{"name":null}""", "Project name is required", "name")]
    [InlineData("""{"name":42}""", null, "name")]
    [InlineData("""{"name":"ok","description":["a"]}""", null, "description")]
    [InlineData("""{"name":""", null, "body")]
    [InlineData("[]", null, "body")]
    public async Task Create_WhenTheBodyIsInvalid_ShouldAnswer400NamingTheField(string json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Post, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task Create_WhenTheNameIsTooLong_ShouldAnswer400NamingName()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name = new string('n', Project.NameMaxLength + 1) });

        await response.AssertErrorAsync(400, "Project name must be at most 100 characters", "name");
    }

    [Fact]
    public async Task List_ShouldAnswerTheOriginalsShapeWithCountsThatAreNotMultiplied()
    {
        var original = WireExample.Load("14-projects-list.json");
        var (admin, client) = await AdminClientAsync();
        var project = await CreateProjectAsync(client);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await factory.AddMemberAsync(project, await factory.CreateUserAsync());
        }

        await AddFunctionsAsync(project.Id, 3);

        var response = await client.GetAsync(Path);

        var body = await response.ReadSuccessAsync(original.Status);
        Assert.Equal(["projects"], JsonShape.PropertyNames(body));
        var rows = body.GetProperty("projects").EnumerateArray().ToList();
        var row = rows.Single(r => r.GetProperty("id").GetGuid() == project.Id);
        AssertSameMembers(original.Body.GetProperty("projects")[0], row);
        Assert.Equal("3", row.GetProperty("member_count").GetString());
        Assert.Equal("3", row.GetProperty("function_count").GetString());
        Assert.Equal(admin.Username, row.GetProperty("created_by").GetString());
        var seeded = rows.Single(r => r.GetProperty("id").GetGuid() == Project.DefaultProjectId);
        Assert.Equal(JsonValueKind.Null, seeded.GetProperty("created_by").ValueKind);
        var createdAt = rows.Select(r => r.GetProperty("created_at").GetString()).ToList();
        Assert.Equal(createdAt.OrderDescending(StringComparer.Ordinal), createdAt);
    }

    [Fact]
    public async Task Update_ShouldChangeWhatIsGivenAndKeepTheSlug()
    {
        var (_, client) = await AdminClientAsync();
        var project = await CreateProjectAsync(client);
        var name = IdentityData.UniqueName("renamed");

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new
        {
            id = project.Id,
            name,
            description = "changed",
            is_active = false,
            kv_storage_limit_bytes = 2048,
        });

        var updated = (await response.ReadSuccessAsync()).GetProperty("project");
        Assert.Equal(
            ["id", "name", "description", "created_by", "is_active", "kv_storage_limit_bytes", "slug", "created_at", "updated_at"],
            JsonShape.PropertyNames(updated));
        Assert.Equal(
            (name, "changed", false, "2048", project.Slug),
            (updated.GetProperty("name").GetString(), updated.GetProperty("description").GetString(),
                updated.GetProperty("is_active").GetBoolean(), updated.GetProperty("kv_storage_limit_bytes").GetString(),
                updated.GetProperty("slug").GetString()));
        var stored = await factory.QueryDbAsync(db => db.Projects.SingleAsync(p => p.Id == project.Id));
        Assert.Equal((name, "changed", (bool?)false, (long?)2048), (stored.Name, stored.Description, stored.IsActive, stored.KvStorageLimitBytes));
    }

    [Fact]
    public async Task Update_WhenOptionalFieldsAreOmitted_ShouldKeepQuotaStateAndDescription()
    {
        var (_, client) = await AdminClientAsync();
        var project = await CreateProjectAsync(client);
        (await client.SendJsonAsync(HttpMethod.Put, Path, new
        {
            id = project.Id, name = project.Name, description = "kept", is_active = false, kv_storage_limit_bytes = "4096",
        })).EnsureSuccessStatusCode();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = project.Id, name = project.Name });

        var updated = (await response.ReadSuccessAsync()).GetProperty("project");
        Assert.Equal("4096", updated.GetProperty("kv_storage_limit_bytes").GetString());
        Assert.False(updated.GetProperty("is_active").GetBoolean());
        Assert.Equal("kept", updated.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Update_WhenTheDescriptionIsBlank_ShouldClearIt()
    {
        var (_, client) = await AdminClientAsync();
        var project = await CreateProjectAsync(client);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = project.Id, name = project.Name, description = "" });

        var updated = (await response.ReadSuccessAsync()).GetProperty("project");
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task Update_WhenRenamedToAnotherProjectsName_ShouldAnswer400()
    {
        var (_, client) = await AdminClientAsync();
        var first = await CreateProjectAsync(client);
        var second = await CreateProjectAsync(client);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = second.Id, name = first.Name });

        await response.AssertErrorAsync(400, "Project name already exists", "name");
    }

    [Fact]
    public async Task Update_WhenTheProjectDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path, new { id = Guid.NewGuid(), name = "ghost" });

        await response.AssertErrorAsync(404, "Project not found");
    }

    [Theory]
    [InlineData("""{"name":"x"}""", "Project ID and name are required", "id")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000"}""", "Project ID and name are required", "name")]
    [InlineData("""{"id":"not-a-uuid","name":"x"}""", null, "id")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000","name":"x","kv_storage_limit_bytes":-1}""", "kv_storage_limit_bytes must be a positive number of bytes", "kv_storage_limit_bytes")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000","name":"x","kv_storage_limit_bytes":"lots"}""", null, "kv_storage_limit_bytes")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000","name":"x","is_active":"yes"}""", null, "is_active")]
    public async Task Update_WhenTheBodyIsInvalid_ShouldAnswer400NamingTheField(string json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Put, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task Delete_ShouldRemoveTheProjectWithEverythingItOwnsAndOnlyThat()
    {
        var (_, client) = await AdminClientAsync();
        var doomed = await CreateProjectAsync(client);
        var survivor = await CreateProjectAsync(client);
        await AddFunctionsAsync(doomed.Id, 2, versionsEach: 2);
        await AddFunctionsAsync(survivor.Id, 1);
        await AddKvEntriesAndGatewayAsync(doomed.Id);
        await AddKvEntriesAndGatewayAsync(survivor.Id);

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = doomed.Id });

        var body = await response.ReadSuccessAsync();
        Assert.Equal(["success", "message"], JsonShape.PropertyNames(body));
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Project deleted successfully (removed 2 functions and 4 packages)", body.GetProperty("message").GetString());
        Assert.Equal((0, 0, 0, 0, 0, 0), await CountOwnedRowsAsync(doomed.Id));
        Assert.Equal((1, 1, 1, 2, 2, 1), await CountOwnedRowsAsync(survivor.Id));
    }

    [Fact]
    public async Task Delete_WithTheIdInThePath_ShouldDeleteTheProject()
    {
        var (_, client) = await AdminClientAsync();
        var project = await CreateProjectAsync(client);

        var response = await client.DeleteAsync($"{Path}/{project.Id}");

        var body = await response.ReadSuccessAsync();
        Assert.Equal("Project deleted successfully (removed 0 functions and 0 packages)", body.GetProperty("message").GetString());
        Assert.False(await factory.QueryDbAsync(db => db.Projects.AnyAsync(p => p.Id == project.Id)));
    }

    [Fact]
    public async Task Delete_WhenTheProjectDoesNotExist_ShouldAnswer404()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.SendJsonAsync(HttpMethod.Delete, Path, new { id = Guid.NewGuid() });

        await response.AssertErrorAsync(404, "Project not found");
    }

    [Theory]
    [InlineData(null, "Project ID is required", "id")]
    [InlineData("{}", "Project ID is required", "id")]
    [InlineData("""{"id":12}""", null, "id")]
    public async Task Delete_WhenTheIdIsMissingOrMalformed_ShouldAnswer400NamingId(string? json, string? message, string field)
    {
        var (_, client) = await AdminClientAsync();

        var response = json is null
            ? await client.DeleteAsync(Path)
            : await client.SendRawJsonAsync(HttpMethod.Delete, Path, json);

        await response.AssertErrorAsync(400, message, field);
    }

    [Fact]
    public async Task Delete_WhenThePathIdIsNotAUuid_ShouldAnswer400NamingId()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.DeleteAsync($"{Path}/42");

        await response.AssertErrorAsync(400, field: "id");
    }

    [Fact]
    public async Task Patch_ShouldAnswer405WithError()
    {
        var (_, client) = await AdminClientAsync();

        var response = await client.PatchAsync(Path, null);

        await response.AssertErrorAsync(405, "Method not allowed");
    }

    private async Task<(TestUser Admin, HttpClient Client)> AdminClientAsync()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        return (admin, factory.CreateClientFor(admin));
    }

    private static async Task<TestProject> CreateProjectAsync(HttpClient client)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, Path, new { name = IdentityData.UniqueName("project"), description = "A test project" });
        var project = (await response.ReadSuccessAsync(201)).GetProperty("project");
        return new TestProject(
            project.GetProperty("id").GetGuid(), project.GetProperty("name").GetString()!, project.GetProperty("slug").GetString()!);
    }

    private Task AddFunctionsAsync(Guid projectId, int count, int versionsEach = 1) =>
        factory.ExecuteDbAsync(async db =>
        {
            foreach (var index in Enumerable.Range(0, count))
            {
                var function = Function.Create(projectId, $"fn-{index}", null, deployedBy: null);
                foreach (var version in Enumerable.Range(1, versionsEach))
                {
                    function.AddVersion([1, 2, (byte)version], createdBy: null);
                }

                function.ActivateVersion(function.Versions.First().Id);
                db.Functions.Add(function);
                await db.SaveChangesAsync();
                db.ExecutionLogs.Add(ExecutionLog.Record(function.Id, 200, 5, "GET"));
                await db.SaveChangesAsync();
            }
        });

    private Task AddKvEntriesAndGatewayAsync(Guid projectId) =>
        factory.ExecuteDbAsync(async db =>
        {
            db.ProjectKvEntries.AddRange(
                ProjectKvEntry.Create(projectId, "a", "1", null, ProjectKvEntry.DefaultValueMaxBytes),
                ProjectKvEntry.Create(projectId, "b", "2", null, ProjectKvEntry.DefaultValueMaxBytes));
            db.ApiGatewayConfigs.Add(ApiGatewayConfig.Create(projectId));
            await db.SaveChangesAsync();
        });

    /// <returns>Functions, versions with packages, execution logs, KV entries, network policies, gateway configs.</returns>
    private Task<(int, int, int, int, int, int)> CountOwnedRowsAsync(Guid projectId) =>
        factory.QueryDbAsync(async db =>
        {
            var functions = db.Functions.Where(f => f.ProjectId == projectId);
            var prefix = ProjectKvEntry.KeyPrefix(projectId);
            return (
                await functions.CountAsync(),
                await functions.SelectMany(f => f.Versions).CountAsync(v => v.Package != null),
                await db.ExecutionLogs.CountAsync(l => functions.Any(f => f.Id == l.FunctionId)),
                await db.ProjectKvEntries.CountAsync(e => e.Key.StartsWith(prefix)),
                await db.ProjectNetworkPolicies.CountAsync(p => p.ProjectId == projectId),
                await db.ApiGatewayConfigs.CountAsync(c => c.ProjectId == projectId));
        });

    private Task SetKvSettingAsync(string value) =>
        factory.ExecuteDbAsync(async db =>
        {
            var setting = await db.GlobalSettings.SingleAsync(s => s.SettingKey == "kv_storage_limit_bytes");
            setting.ChangeValue(value, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

    /// <summary>Same member names with the same JSON kinds as the original's row; order is not part of the contract.</summary>
    private static void AssertSameMembers(JsonElement original, JsonElement actual) =>
        Assert.Equal(
            original.EnumerateObject().Select(m => (m.Name, m.Value.ValueKind)).OrderBy(m => m.Name),
            actual.EnumerateObject().Select(m => (m.Name, m.Value.ValueKind)).OrderBy(m => m.Name));
}
