using System.Text.Json;
using Invoke.Api.IntegrationTests.CrossProject;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.KeyValueStore.Commands.SetKvValue;

namespace Invoke.Api.IntegrationTests.KeyValueStore;

/// <summary>The KV admin routes of admin-api.md §9: shapes, messages and who may call them.</summary>
[Collection(KvCollection.Name)]
public sealed class KvAdminTests(KvFactory factory) : IAsyncLifetime
{
    private CrossProjectWorld _world = null!;

    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "/api/projects/{projectA}/kv", null },
        { "POST", "/api/projects/{projectA}/kv", """{"key":"new","value":1}""" },
        { "DELETE", "/api/projects/{projectA}/kv?key=a", null },
        { "GET", "/api/projects/{projectA}/kv-export", null },
        { "POST", "/api/projects/{projectA}/kv-import", """{"data":{"a":2},"strategy":"replace"}""" },
    };

    public async Task InitializeAsync()
    {
        _world = await CrossProjectWorld.CreateAsync(factory);
        await factory.SendAsync(new SetKvValueCommand(_world.ProjectA.Id, "a", "\"secret-of-a\"", null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenCalledByANonMember_ShouldAnswer403AndChangeNothing(string method, string path, string? body) =>
        await CrossProjectAssert.DeniedAsync(
            factory, ClientFor(_world.Outsider), _world, new HttpMethod(method), path, body,
            "Access denied: not a member of this project", [403]);

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenCalledByADeveloperOwnerOrAdmin_ShouldSucceed(string method, string path, string? body)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        foreach (var caller in new[] { _world.DeveloperA, _world.OwnerA, admin })
        {
            using var response = await ClientFor(caller).SendJsonAsync(new HttpMethod(method), _world.Resolve(path), body);

            Assert.True(response.IsSuccessStatusCode, $"{method} {path} as {caller.Username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_OfTheSystemProject_ShouldAnswer403EvenForAnAdmin(string method, string path, string? body)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        using var response = await ClientFor(admin).SendJsonAsync(new HttpMethod(method), path.Replace("{projectA}", "system"), body);

        await response.AssertErrorAsync(403, "KV store not available for system project");
    }

    [Fact]
    public async Task List_ShouldPageSearchAndReportStorage_IncludingWhatFunctionsWrote()
    {
        var project = await factory.CreateProjectAsync(owner: _world.OwnerA);
        var function = await factory.DeployInAsync(project.Id, "module.exports = async (req, res) => { await kv.set('fn:Written', { by: 'function' }); res.end(); };");
        await factory.ExecutionClient().GetAsync($"/invoke/{function.Id}");
        var owner = ClientFor(_world.OwnerA);
        foreach (var (key, value) in new[] { ("b", "\"123\""), ("a", "[1,2]"), ("fn:other", "true") })
        {
            (await owner.SendJsonAsync(HttpMethod.Post, $"/api/projects/{project.Id}/kv", $$"""{"key":"{{key}}","value":{{value}}}""")).EnsureSuccessStatusCode();
        }

        var all = await (await owner.GetAsync($"/api/projects/{project.Id}/kv")).AssertSuccessAsync();
        var searched = await (await owner.GetAsync($"/api/projects/{project.Id}/kv?search=FN:&limit=1&page=2")).AssertSuccessAsync();

        Assert.Equal("KV store retrieved successfully", all.GetProperty("message").GetString());
        var items = all.GetProperty("data").GetProperty("items");
        Assert.Equal(["a", "b", "fn:Written", "fn:other"], items.EnumerateArray().Select(i => i.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        var b = items.EnumerateArray().Single(i => i.GetProperty("key").GetString() == "b");
        Assert.Equal(JsonValueKind.String, b.GetProperty("value").ValueKind);
        var storage = all.GetProperty("data").GetProperty("storage");
        var bytes = storage.GetProperty("bytes").GetInt64();
        Assert.Equal(items.EnumerateArray().Sum(i => i.GetProperty("size").GetInt64()), bytes);
        Assert.Equal(1073741824, storage.GetProperty("limit").GetInt64());
        Assert.Equal(bytes * 100d / 1073741824, storage.GetProperty("percentage").GetDouble(), 10);
        Assert.Equal("""{"page":2,"limit":1,"total":2,"totalPages":2}""", searched.GetProperty("data").GetProperty("pagination").GetRawText());
        Assert.Single(searched.GetProperty("data").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task SaveAndDelete_ShouldAnswerWithTheOriginalsShapesAndMessages()
    {
        var owner = ClientFor(_world.OwnerA);
        var path = _world.Resolve("/api/projects/{projectA}/kv");

        var saved = await (await owner.SendJsonAsync(HttpMethod.Post, path, """{"key":"cfg","value":{"on":true},"ttl":60000}""")).AssertSuccessAsync();
        var deleted = await (await owner.DeleteAsync(path + "?key=cfg")).AssertSuccessAsync();
        var again = await (await owner.DeleteAsync(path + "?key=cfg")).AssertSuccessAsync();

        Assert.Equal("Key-value pair saved successfully", saved.GetProperty("message").GetString());
        Assert.Equal("""{"key":"cfg","value":{"on":true}}""", saved.GetProperty("data").GetRawText());
        Assert.Equal("Key deleted successfully", deleted.GetProperty("message").GetString());
        Assert.Equal("""{"existed":true}""", deleted.GetProperty("data").GetRawText());
        Assert.Equal("""{"existed":false}""", again.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("kv", """{"value":1}""", "Key is required and must be a string")]
    [InlineData("kv", """{"key":7,"value":1}""", "Key is required and must be a string")]
    [InlineData("kv", """{"key":"k"}""", "Value is required")]
    [InlineData("kv", """{"key":"k","value":null}""", "Value is required")]
    [InlineData("kv-import", """{"data":[1]}""", "Data must be a JSON object with key-value pairs")]
    [InlineData("kv-import", """{"strategy":"merge"}""", "Data must be a JSON object with key-value pairs")]
    [InlineData("kv-import", """{"data":{},"strategy":"upsert"}""", "Strategy must be either \"merge\" or \"replace\"")]
    public async Task Write_WithABadBody_ShouldAnswer400WithTheOriginalsMessage(string route, string body, string message)
    {
        using var response = await ClientFor(_world.OwnerA).SendJsonAsync(HttpMethod.Post, _world.Resolve($"/api/projects/{{projectA}}/{route}"), body);

        await response.AssertErrorAsync(400, message);
    }

    [Theory]
    [InlineData("PUT", "kv")]
    [InlineData("POST", "kv-export")]
    [InlineData("GET", "kv-import")]
    public async Task OtherMethods_ShouldAnswer405(string method, string route)
    {
        using var response = await ClientFor(_world.OwnerA).SendJsonAsync(new HttpMethod(method), _world.Resolve($"/api/projects/{{projectA}}/{route}"), "{}");

        await response.AssertErrorAsync(405);
    }

    [Fact]
    public async Task Delete_WithoutKey_ShouldAnswer400()
    {
        using var response = await ClientFor(_world.OwnerA).DeleteAsync(_world.Resolve("/api/projects/{projectA}/kv"));

        await response.AssertErrorAsync(400, "Key is required");
    }

    [Fact]
    public async Task Save_BeyondTheProjectsQuota_ShouldAnswer413AndKeepTheOldValue()
    {
        var project = await factory.CreateProjectAsync(owner: _world.OwnerA);
        await factory.SetKvLimitAsync(project.Id, 512 * 1024);
        var owner = ClientFor(_world.OwnerA);
        (await owner.SendJsonAsync(HttpMethod.Post, $"/api/projects/{project.Id}/kv", """{"key":"k","value":"kept"}""")).EnsureSuccessStatusCode();
        await factory.SendAsync(new SetKvValueCommand(project.Id, "filler", $"\"{new string('f', 300 * 1024)}\"", null));

        using var response = await owner.SendJsonAsync(
            HttpMethod.Post, $"/api/projects/{project.Id}/kv", $$"""{"key":"k","value":"{{new string('x', 300 * 1024)}}"}""");

        var body = await response.AssertErrorAsync(413);
        Assert.Matches(@"^Storage quota exceeded\. Projected usage: 0\.59MB, Limit: 0\.50MB$", body.GetProperty("message").GetString());
        var list = await (await owner.GetAsync($"/api/projects/{project.Id}/kv?search=k")).AssertSuccessAsync();
        Assert.Contains(list.GetProperty("data").GetProperty("items").EnumerateArray(), i => i.GetProperty("value").GetString() == "kept");
    }

    [Fact]
    public async Task Export_ShouldDownloadEveryValueAsStored()
    {
        var project = await factory.CreateProjectAsync(owner: _world.OwnerA);
        await factory.SendAsync(new SetKvValueCommand(project.Id, "n", "\"123\"", null));
        await factory.SendAsync(new SetKvValueCommand(project.Id, "o", """{"a":[1]}""", null));

        using var response = await ClientFor(_world.OwnerA).GetAsync($"/api/projects/{project.Id}/kv-export");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches($"^attachment; filename=\"kv-export-{project.Id}-\\d+\\.json\"$", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("{\n  \"n\": \"123\",\n  \"o\": {\n    \"a\": [\n      1\n    ]\n  }\n}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_ShouldMergeOrReplaceAndCountWhatItWrote()
    {
        var project = await factory.CreateProjectAsync(owner: _world.OwnerA);
        await factory.SendAsync(new SetKvValueCommand(project.Id, "old", "1", null));
        await factory.SendAsync(new SetKvValueCommand(project.Id, "same", "1", null));
        var owner = ClientFor(_world.OwnerA);
        var path = $"/api/projects/{project.Id}/kv-import";

        var merged = await (await owner.SendJsonAsync(HttpMethod.Post, path, """{"data":{"same":2,"new":"x"}}""")).AssertSuccessAsync();
        var afterMerge = await ExportAsync(owner, project.Id);
        var replaced = await (await owner.SendJsonAsync(HttpMethod.Post, path, """{"data":{"only":true},"strategy":"replace"}""")).AssertSuccessAsync();

        Assert.Equal("Import completed successfully", merged.GetProperty("message").GetString());
        Assert.Equal("""{"imported":1,"updated":1,"total":2,"strategy":"merge"}""", merged.GetProperty("data").GetRawText());
        Assert.Equal("""{"new":"x","old":1,"same":2}""", afterMerge);
        Assert.Equal("""{"imported":1,"updated":0,"total":1,"strategy":"replace"}""", replaced.GetProperty("data").GetRawText());
        Assert.Equal("""{"only":true}""", await ExportAsync(owner, project.Id));
        var (counter, stored, _) = await factory.KvUsageAsync(project.Id);
        Assert.Equal(stored, counter);
    }

    [Fact]
    public async Task Import_BeyondTheProjectsQuota_ShouldAnswer413BeforeDeletingAnything()
    {
        var project = await factory.CreateProjectAsync(owner: _world.OwnerA);
        await factory.SetKvLimitAsync(project.Id, 512 * 1024);
        await factory.SendAsync(new SetKvValueCommand(project.Id, "kept", "1", null));
        var big = new string('b', 300 * 1024);

        using var response = await ClientFor(_world.OwnerA).SendJsonAsync(
            HttpMethod.Post, $"/api/projects/{project.Id}/kv-import", $$"""{"data":{"x":"{{big}}","y":"{{big}}"},"strategy":"replace"}""");

        var body = await response.AssertErrorAsync(413);
        Assert.Matches(@"^Import would exceed storage quota\. Projected usage: 0\.59MB, Limit: 0\.50MB$", body.GetProperty("message").GetString());
        Assert.Equal("""{"kept":1}""", await ExportAsync(ClientFor(_world.OwnerA), project.Id));
    }

    private HttpClient ClientFor(TestUser user) => factory.AdminClient().WithJwt(user);

    private static async Task<string> ExportAsync(HttpClient client, Guid projectId)
    {
        var text = await client.GetStringAsync($"/api/projects/{projectId}/kv-export");
        using var document = JsonDocument.Parse(text);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
