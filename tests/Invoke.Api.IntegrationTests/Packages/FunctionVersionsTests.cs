using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Functions;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary><c>/api/functions/{id}/versions</c>, <c>switch-version</c> and the legacy <c>update</c> (admin-api.md §5.8-5.10).</summary>
[Collection(PackagesCollection.Name)]
public sealed class FunctionVersionsTests(PackagesApiFactory factory)
{
    [Fact]
    public async Task List_WhenFunctionHasNoVersions_ShouldMatchTheOriginalsBody()
    {
        var original = WireExample.Load("34-versions-list.json");
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 0, activeVersion: null);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .GetAsync($"/api/functions/{function.Id}/versions");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal(0, body.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task List_ShouldAnswerNewestFirstWithTheOriginalsFields()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 3, activeVersion: 2);

        var response = await factory.CreateClientFor(user).GetAsync($"/api/functions/{function.Id}/versions");

        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Versions retrieved successfully", body.GetProperty("message").GetString());
        var versions = body.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal([3, 2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([false, true, false], versions.Select(v => v.GetProperty("is_active").GetBoolean()));
        var newest = versions[0];
        Assert.Equal(
            ["id", "version", "file_size", "package_hash", "is_active", "created_at", "created_by", "created_by_name"],
            JsonShape.PropertyNames(newest));
        Assert.Equal(function.VersionIds[2], newest.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.String, newest.GetProperty("file_size").ValueKind);
        var stored = (await factory.FunctionAsync(function.Id)).Versions.Single(v => v.Version == 3).Package!.Content;
        Assert.Equal(stored.Length.ToString(), newest.GetProperty("file_size").GetString());
        Assert.Equal(PackageData.Sha256(stored), newest.GetProperty("package_hash").GetString());
        Assert.Equal((user.Id, user.Username), (newest.GetProperty("created_by").GetInt32(), newest.GetProperty("created_by_name").GetString()));
        Assert.Matches(JsonShape.IsoTimestampPattern, newest.GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task List_WhenNoVersionIsActive_ShouldAnswerIsActiveNull()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 1, activeVersion: null);

        var response = await factory.CreateClientFor(user).GetAsync($"/api/functions/{function.Id}/versions");

        var version = (await JsonShape.ReadBodyAsync(response)).GetProperty("data")[0];
        Assert.Equal(JsonValueKind.Null, version.GetProperty("is_active").ValueKind);
    }

    [Fact]
    public async Task List_WhenFunctionDoesNotExist_ShouldAnswer404()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(user).GetAsync($"/api/functions/{Guid.NewGuid()}/versions");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Function not found");
    }

    [Fact]
    public async Task Upload_ShouldAddTheNextVersionWithoutActivatingIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: 1);
        var zip = TestArchives.Zip(("index.js", "v3"));

        var response = await factory.CreateClientFor(user).PostAsync(
            $"/api/functions/{function.Id}/versions", ArchiveForm.Create(zip, "v3.zip", "file"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(("Version 3 uploaded successfully", 200), (body.GetProperty("message").GetString(), body.GetProperty("statusCode").GetInt32()));
        var data = body.GetProperty("data");
        Assert.Equal(["id", "version", "functionId"], JsonShape.PropertyNames(data));
        Assert.Equal((3, function.Id), (data.GetProperty("version").GetInt32(), data.GetProperty("functionId").GetGuid()));

        var stored = await factory.FunctionAsync(function.Id);
        Assert.Equal(function.VersionIds[0], stored.ActiveVersionId);
        var added = stored.Versions.Single(v => v.Version == 3);
        Assert.Equal(data.GetProperty("id").GetGuid(), added.Id);
        Assert.Equal((PackageData.Sha256(added.Package!.Content), (long)added.Package.Content.Length), (added.PackageHash, added.FileSize));
        Assert.Equal(user.Id, added.CreatedBy);
    }

    /// <summary>The newest original CLI's <c>function:deploy</c> asks for the new version to be switched to.</summary>
    [Theory]
    [InlineData("?afterBuildAction=switch", null)]
    [InlineData("", "switch")]
    public async Task Upload_WithAfterBuildActionSwitch_ShouldMakeTheNewVersionActive(string query, string? formField)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 1, activeVersion: null);
        (string, string)[] fields = formField is null ? [] : [("afterBuildAction", formField)];

        var response = await factory.CreateClientFor(user).PostAsync(
            $"/api/functions/{function.Id}/versions{query}",
            ArchiveForm.Create(TestArchives.Zip(("index.js", "v2")), "v2.zip", "file", fields));

        var added = (await JsonShape.ReadBodyAsync(response)).GetProperty("data").GetProperty("id").GetGuid();
        var stored = await factory.FunctionAsync(function.Id);
        Assert.Equal((added, (bool?)true), (stored.ActiveVersionId, stored.IsActive));
    }

    [Fact]
    public async Task Upload_WithAnUnknownAfterBuildAction_ShouldAnswer400NamingIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).PostAsync(
            $"/api/functions/{function.Id}/versions?afterBuildAction=rebuild",
            ArchiveForm.Create(TestArchives.Zip(("index.js", "v2")), "v2.zip", "file"));

        await response.AssertNamesFieldAsync("afterBuildAction");
    }

    [Fact]
    public async Task Upload_WhenNoFileIsSent_ShouldAnswer400NoFileProvided()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).PostAsync(
            $"/api/functions/{function.Id}/versions", new MultipartFormDataContent { { new StringContent("x"), "note" } });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "No file provided");
    }

    [Fact]
    public async Task Upload_WhenManyArriveAtOnce_ShouldGiveEachItsOwnNumber()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var client = factory.CreateClientFor(user);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.PostAsync(
            $"/api/functions/{function.Id}/versions", ArchiveForm.Create(TestArchives.Zip(("index.js", $"c{i}")), "c.zip", "file"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<int>();
        foreach (var response in responses)
        {
            numbers.Add((await JsonShape.ReadBodyAsync(response)).GetProperty("data").GetProperty("version").GetInt32());
        }

        Assert.Equal(Enumerable.Range(2, 8), numbers.Order());
        Assert.Equal(9, (await factory.FunctionAsync(function.Id)).Versions.Count);
    }

    [Theory]
    [InlineData("?version=1")]
    [InlineData("/1")]
    public async Task Delete_WhenVersionIsNotActive_ShouldRemoveItAndItsPackageBytes(string version)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: 2);

        var response = await factory.CreateClientFor(user).DeleteAsync($"/api/functions/{function.Id}/versions{version}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Version 1 deleted successfully", body.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal([2], (await factory.FunctionAsync(function.Id)).Versions.Select(v => v.Version));
        Assert.False(await factory.QueryDbAsync(context =>
            context.Set<FunctionPackage>().AnyAsync(p => p.FunctionVersionId == function.VersionIds[0])));
    }

    [Fact]
    public async Task Delete_WhenVersionIsActive_ShouldAnswer400AndKeepIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: 2);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).DeleteAsync($"/api/functions/{function.Id}/versions?version=2");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest,
            "Cannot delete the active version. Switch to a different version first.");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Delete_WhenVersionDoesNotExist_ShouldAnswer404NamingIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).DeleteAsync($"/api/functions/{function.Id}/versions?version=9");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Version 9 not found");
    }

    [Fact]
    public async Task Delete_WhenVersionNumberIsMissing_ShouldAnswer400()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).DeleteAsync($"/api/functions/{function.Id}/versions");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Version number is required");
    }

    [Fact]
    public async Task Switch_ByVersionId_ShouldActivateItAndAnswerTheOriginalsShape()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: 1);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/switch-version", $$"""{"versionId":"{{function.VersionIds[1]}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["success", "message", "data"], JsonShape.PropertyNames(body));
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Successfully switched to version 2", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal((function.Id, function.VersionIds[1], 2),
            (data.GetProperty("functionId").GetGuid(), data.GetProperty("versionId").GetGuid(), data.GetProperty("version").GetInt32()));
        Assert.Equal(function.VersionIds[1], (await factory.FunctionAsync(function.Id)).ActiveVersionId);
    }

    [Fact]
    public async Task Switch_ByVersionNumber_ShouldActivateTheFunctionToo()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: null);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user)).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/switch-version", """{"version_number":2}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await factory.FunctionAsync(function.Id);
        Assert.Equal((function.VersionIds[1], (bool?)true), (stored.ActiveVersionId, stored.IsActive));
    }

    [Fact]
    public async Task Switch_WhenNeitherIdNorNumberIsSent_ShouldAnswer400()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/switch-version", "{}");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Version ID or version number is required");
    }

    [Theory]
    [InlineData("version_number", 7)]
    [InlineData("versionId", null)]
    public async Task Switch_WhenVersionIsNotOneOfTheFunctions_ShouldAnswer404AndChangeNothing(string field, int? number)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var other = await factory.SeedFunctionAsync(project, user);
        var value = number is { } n ? n.ToString() : $"\"{other.VersionIds[0]}\"";

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/switch-version", $"{{\"{field}\":{value}}}");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Version not found");
        Assert.Equal(function.VersionIds[0], (await factory.FunctionAsync(function.Id)).ActiveVersionId);
    }

    [Fact]
    public async Task Update_ShouldAddAVersionAndRunIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 1, activeVersion: null);

        var response = await factory.CreateClientFor(user).PostAsync(
            $"/api/functions/{function.Id}/update", ArchiveForm.Create(TestArchives.Tarball(("index.js", "v2")), "v2.tgz", "file"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Function updated to version 2", body.GetProperty("message").GetString());
        var stored = await factory.FunctionAsync(function.Id);
        Assert.Equal((body.GetProperty("data").GetProperty("id").GetGuid(), (bool?)true), (stored.ActiveVersionId, stored.IsActive));
    }
}
