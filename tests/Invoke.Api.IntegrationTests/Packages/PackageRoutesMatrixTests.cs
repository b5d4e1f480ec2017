using System.Net;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>
/// The cross-project matrix for every package route: a member of another project (token or API key) and any
/// non-admin on a function without a project are refused and nothing changes; anonymous callers get 401; a developer
/// of the project and an admin get through. (The original checked none of this on download and create-from-source.)
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageRoutesMatrixTests(PackagesApiFactory factory) : IAsyncLifetime
{
    private TestUser _outsider = null!;
    private TestUser _developer = null!;
    private TestUser _admin = null!;
    private TestProject _project = null!;
    private SeededFunction _function = null!;
    private Guid _projectless;
    private Guid _projectlessVersion;

    public static TheoryData<string, string> FunctionRoutes => new()
    {
        { "GET", "/api/functions/{function}/versions" },
        { "POST", "/api/functions/{function}/versions" },
        { "DELETE", "/api/functions/{function}/versions?version=1" },
        { "DELETE", "/api/functions/{function}/versions/1" },
        { "POST", "/api/functions/{function}/switch-version" },
        { "POST", "/api/functions/{function}/update" },
        { "GET", "/api/functions/{function}/versions/{version}/download" },
        { "GET", "/api/functions/{function}/versions/{version}/source" },
        { "POST", "/api/functions/{function}/versions/create-from-source" },
    };

    /// <summary>The routes that create a function in the project named in the body.</summary>
    public static TheoryData<string, string> ProjectRoutes => new()
    {
        { "POST", "/api/functions/upload" },
        { "POST", "/api/functions/create-from-template" },
    };

    public static IEnumerable<object[]> Routes => FunctionRoutes.Concat(ProjectRoutes);

    public async Task InitializeAsync()
    {
        var owner = await factory.CreateUserAsync();
        _project = await factory.CreateProjectAsync(owner: owner);
        _function = await factory.SeedFunctionAsync(_project, owner, versions: 2, activeVersion: 2);
        _developer = await factory.CreateUserAsync();
        await factory.AddMemberAsync(_project, _developer);
        _outsider = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: _outsider);
        _admin = await factory.CreateUserAsync(isAdmin: true);
        _projectless = await factory.CreateProjectlessFunctionAsync();
        _projectlessVersion = await factory.QueryDbAsync(async context =>
        {
            var function = await context.Functions.FindAsync(_projectless);
            var version = function!.AddVersion(PackageData.PackageOf(1), createdBy: null);
            await context.SaveChangesAsync();
            return version.Id;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WhenCalledByAnotherProjectsOwnerWithAToken_ShouldBeRefusedAndChangeNothing(string method, string path) =>
        await AssertRefusedAsync(factory.CreateClientFor(_outsider), method, path, _function.Id, _function.VersionIds[0], HttpStatusCode.Forbidden);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WhenCalledByAnotherProjectsOwnerWithAnApiKey_ShouldBeRefusedAndChangeNothing(string method, string path) =>
        await AssertRefusedAsync(
            factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(_outsider)),
            method, path, _function.Id, _function.VersionIds[0], HttpStatusCode.Forbidden);

    [Theory]
    [MemberData(nameof(FunctionRoutes))]
    public async Task Route_WhenTheFunctionHasNoProjectAndTheCallerIsNoAdmin_ShouldBeRefusedAndChangeNothing(string method, string path) =>
        await AssertRefusedAsync(factory.CreateClientFor(_developer), method, path, _projectless, _projectlessVersion, HttpStatusCode.Forbidden);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WhenAnonymous_ShouldAnswer401AndChangeNothing(string method, string path) =>
        await AssertRefusedAsync(factory.CreateClient(), method, path, _function.Id, _function.VersionIds[0], HttpStatusCode.Unauthorized);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WhenCalledByADeveloperOfTheProject_ShouldSucceed(string method, string path) =>
        await AssertSucceedsAsync(factory.CreateClientFor(_developer), method, path);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WhenCalledByAnAdmin_ShouldSucceed(string method, string path) =>
        await AssertSucceedsAsync(factory.CreateClientFor(_admin), method, path);

    private async Task AssertRefusedAsync(
        HttpClient caller, string method, string path, Guid functionId, Guid versionId, HttpStatusCode expected)
    {
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        using var response = await caller.SendAsync(Request(method, path, functionId, versionId));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        Assert.False((await JsonShape.ReadBodyAsync(response)).GetProperty("success").GetBoolean());
        Assert.DoesNotContain("module.exports", text, StringComparison.Ordinal);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    private async Task AssertSucceedsAsync(HttpClient caller, string method, string path)
    {
        // A fresh function each time: a successful call may delete, add or switch versions.
        var function = await factory.SeedFunctionAsync(_project, versions: 2, activeVersion: 2);

        using var response = await caller.SendAsync(Request(method, path, function.Id, function.VersionIds[0]));

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private HttpRequestMessage Request(string method, string path, Guid functionId, Guid versionId)
    {
        var request = new HttpRequestMessage(
            new HttpMethod(method), path.Replace("{function}", functionId.ToString()).Replace("{version}", versionId.ToString()));
        var name = IdentityData.UniqueName("planted");
        request.Content = path switch
        {
            _ when path.EndsWith("/upload", StringComparison.Ordinal) => ArchiveForm.Create(
                TestArchives.Zip(("index.js", "planted")), "planted.zip", "function", ("name", name), ("projectId", _project.Id.ToString())),
            _ when path.EndsWith("/versions", StringComparison.Ordinal) && method == "POST" =>
                ArchiveForm.Create(TestArchives.Zip(("index.js", "planted")), "planted.zip", "file"),
            _ when path.EndsWith("/update", StringComparison.Ordinal) =>
                ArchiveForm.Create(TestArchives.Zip(("index.js", "planted")), "planted.zip", "file"),
            _ when path.EndsWith("/switch-version", StringComparison.Ordinal) => Json("""{"version_number":1}"""),
            _ when path.EndsWith("/create-from-source", StringComparison.Ordinal) =>
                Json("""{"files":[{"type":"file","name":"index.js","path":"index.js","content":"planted"}],"setActive":true}"""),
            _ when path.EndsWith("/create-from-template", StringComparison.Ordinal) =>
                Json($$"""{"name":"{{name}}","projectId":"{{_project.Id}}"}"""),
            _ => null,
        };
        return request;
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
