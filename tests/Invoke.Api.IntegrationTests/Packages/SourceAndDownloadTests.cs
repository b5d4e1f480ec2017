using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Api.Json;
using Invoke.Application.Functions.Packages;
using Invoke.Domain.Functions;
using Invoke.Testing;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>Reading a version back: download, source tree and create-from-source (admin-api.md §5.11-5.13).</summary>
[Collection(PackagesCollection.Name)]
public sealed class SourceAndDownloadTests(PackagesApiFactory factory)
{
    private static readonly byte[] Logo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE];

    [Fact]
    public async Task Download_AfterUpload_ShouldGiveBackTheSameFiles()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var files = new Dictionary<string, string>
        {
            ["index.js"] = "module.exports = require('./lib/greet');",
            ["lib/greet.js"] = "module.exports = (req, res) => res.send('hi');",
            ["package.json"] = """{ "name": "greeter" }""",
        };
        var client = factory.CreateClientFor(user);
        var uploaded = await JsonShape.ReadBodyAsync(await client.PostAsync("/api/functions/upload", ArchiveForm.Create(
            TestArchives.Zip(files.Select(f => (f.Key, (string?)f.Value)).ToArray()), "greeter.zip", "function",
            ("name", IdentityData.UniqueName("greeter")), ("projectId", project.Id.ToString()))));
        var data = uploaded.GetProperty("data");

        var response = await client.GetAsync(
            $"/api/functions/{data.GetProperty("id")}/versions/{data.GetProperty("active_version_id")}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{data.GetProperty("name").GetString()}-v1.zip", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var downloaded = TestArchives.ZipContents(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(files.OrderBy(f => f.Key), downloaded.Where(f => !f.Key.EndsWith('/')).OrderBy(f => f.Key));
    }

    /// <summary>The original CLIs' <c>function:versions:download</c> names the version by its number.</summary>
    [Fact]
    public async Task Download_ByVersionNumber_ShouldGiveThatVersionsFiles()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2);
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user));

        var byNumber = await client.GetAsync($"/api/functions/{function.Id}/versions/2/download");
        var byId = await client.GetAsync($"/api/functions/{function.Id}/versions/{function.VersionIds[1]}/download");
        var missing = await client.GetAsync($"/api/functions/{function.Id}/versions/3/download");

        Assert.Equal(HttpStatusCode.OK, byNumber.StatusCode);
        Assert.Equal(
            TestArchives.ZipContents(await byId.Content.ReadAsByteArrayAsync()),
            TestArchives.ZipContents(await byNumber.Content.ReadAsByteArrayAsync()));
        Assert.Equal($"{function.Name}-v2.zip", byNumber.Content.Headers.ContentDisposition?.FileName);
        await AuthenticationTests.AssertErrorAsync(missing, HttpStatusCode.NotFound, "Version not found");
    }

    [Fact]
    public async Task Download_WhenVersionBelongsToAnotherFunction_ShouldAnswer404()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var other = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).GetAsync(
            $"/api/functions/{function.Id}/versions/{other.VersionIds[0]}/download");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Version not found");
    }

    [Theory]
    [InlineData("download")]
    [InlineData("source")]
    public async Task Read_WhenThePackageBytesAreNotInTheDatabase_ShouldAnswer404PackageFileNotFound(string view)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        await factory.ExecuteDbAsync(context => context.Set<FunctionPackage>()
            .Where(p => p.FunctionVersionId == function.VersionIds[0]).ExecuteDeleteAsync());

        var response = await factory.CreateClientFor(user).GetAsync(
            $"/api/functions/{function.Id}/versions/{function.VersionIds[0]}/{view}");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Package file not found");
    }

    [Fact]
    public async Task Source_ShouldAnswerTheTreeWithDirectoriesFirstAndTextOrBase64Contents()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionWithPackageAsync(project, user, TestArchives.Zip(zip =>
        {
            Write(zip, "index.js", Encoding.UTF8.GetBytes("// héllo\n"));
            Write(zip, "assets/logo.png", Logo);
            zip.CreateEntry("empty/");
        }));

        var response = await factory.CreateClientFor(user).GetAsync(
            $"/api/functions/{function.Id}/versions/{function.VersionIds[0]}/source");

        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Source code retrieved successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(
            ["functionId", "versionId", "version", "functionName", "project_id", "project_name", "files"],
            JsonShape.PropertyNames(data));
        Assert.Equal((function.Id, function.VersionIds[0], 1, function.Name, project.Id, project.Name), (
            data.GetProperty("functionId").GetGuid(), data.GetProperty("versionId").GetGuid(), data.GetProperty("version").GetInt32(),
            data.GetProperty("functionName").GetString(), data.GetProperty("project_id").GetGuid(), data.GetProperty("project_name").GetString()));

        var files = data.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(["assets", "empty", "index.js"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(["name", "path", "type", "children"], JsonShape.PropertyNames(files[0]));
        var logo = files[0].GetProperty("children")[0];
        Assert.Equal(("logo.png", "assets/logo.png", "file", "base64"), (logo.GetProperty("name").GetString(),
            logo.GetProperty("path").GetString(), logo.GetProperty("type").GetString(), logo.GetProperty("encoding").GetString()));
        Assert.Equal(Logo, Convert.FromBase64String(logo.GetProperty("content").GetString()!));
        Assert.Equal(0, files[1].GetProperty("children").GetArrayLength());
        var index = files[2];
        Assert.Equal(["name", "path", "type", "content", "size", "encoding"], JsonShape.PropertyNames(index));
        Assert.Equal(("// héllo\n", 10, "utf-8"), (index.GetProperty("content").GetString(),
            index.GetProperty("size").GetInt32(), index.GetProperty("encoding").GetString()));
    }

    /// <summary>
    /// A tree far deeper than System.Text.Json's and MVC validation's default depths (64 and 32) reads as a source tree
    /// and saves back from the editor, as node_modules trees need. (The test host's entry limit keeps it below the
    /// deepest a package path allows, which <see cref="SourceTreeJson.MaxDepth"/> covers.)
    /// </summary>
    [Fact]
    public async Task SourceAndCreateFromSource_WithADeepTree_ShouldRoundTrip()
    {
        const int folders = 150;
        var deepPath = string.Concat(Enumerable.Repeat("a/", folders)) + "x.js";
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionWithPackageAsync(project, user, TestArchives.Zip(zip =>
        {
            Write(zip, "index.js", Encoding.UTF8.GetBytes("module.exports = require('./" + deepPath + "');"));
            Write(zip, deepPath, Encoding.UTF8.GetBytes("deep"));
        }));
        var client = factory.CreateClientFor(user);

        var source = await client.GetAsync($"/api/functions/{function.Id}/versions/{function.VersionIds[0]}/source");

        Assert.Equal(HttpStatusCode.OK, source.StatusCode);
        var tree = (await JsonShape.ReadBodyAsync(source, maxDepth: SourceTreeJson.MaxDepth)).GetProperty("data").GetProperty("files").GetRawText()
            .Replace("\"content\":\"deep\"", "\"content\":\"deeper\"");
        var saved = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source", $$"""{"files":{{tree}}}""");
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var stored = (await factory.FunctionAsync(function.Id)).Versions.Single(v => v.Version == 2);
        var download = await (await client.GetAsync($"/api/functions/{function.Id}/versions/{stored.Id}/download"))
            .Content.ReadAsByteArrayAsync();
        Assert.Equal("deeper", TestArchives.ZipContents(download)[deepPath]);
    }

    [Fact]
    public async Task CreateFromSource_NestedBeyondTheBound_ShouldAnswer400SayingHowDeepItMayBe()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var node = """{"type":"file","name":"x.js","path":"x.js","content":"x"}""";
        for (var i = 0; i < SourceTreeJson.MaxDepth; i++)
        {
            node = $$"""{"type":"directory","name":"a","path":"a","children":[{{node}}]}""";
        }

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source", $$"""{"files":[{{node}}]}""");

        var body = await response.AssertErrorAsync(400, $"The request body nests deeper than {SourceTreeJson.MaxDepth} levels.");
        Assert.Equal(["body"], JsonShape.PropertyNames(body.GetProperty("errors")));
    }

    [Fact]
    public async Task CreateFromSource_WithAnEditedTree_ShouldStoreANewVersionHoldingTheEdits()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionWithPackageAsync(project, user, TestArchives.Zip(zip =>
        {
            Write(zip, "index.js", Encoding.UTF8.GetBytes("old"));
            Write(zip, "assets/logo.png", Logo);
        }));
        var client = factory.CreateClientFor(user);
        var source = await JsonShape.ReadBodyAsync(await client.GetAsync(
            $"/api/functions/{function.Id}/versions/{function.VersionIds[0]}/source"));
        var tree = source.GetProperty("data").GetProperty("files").GetRawText().Replace("\"content\":\"old\"", "\"content\":\"new\"");

        var response = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source", $$"""{"files":{{tree}}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(("Version 2 created successfully", 200), (body.GetProperty("message").GetString(), body.GetProperty("statusCode").GetInt32()));
        var data = body.GetProperty("data");
        Assert.Equal(["versionId", "version", "size", "isActive"], JsonShape.PropertyNames(data));
        Assert.False(data.GetProperty("isActive").GetBoolean());
        var stored = await factory.FunctionAsync(function.Id);
        Assert.Equal(function.VersionIds[0], stored.ActiveVersionId);
        var version2 = stored.Versions.Single(v => v.Version == 2);
        Assert.Equal((data.GetProperty("versionId").GetGuid(), data.GetProperty("size").GetInt64()), (version2.Id, version2.FileSize));
        Assert.Equal(PackageData.Sha256(version2.Package!.Content), version2.PackageHash);

        var download = await (await client.GetAsync($"/api/functions/{function.Id}/versions/{version2.Id}/download"))
            .Content.ReadAsByteArrayAsync();
        Assert.Equal("new", TestArchives.ZipContents(download)["index.js"]);
        using var zip = new ZipArchive(new MemoryStream(download));
        using var logo = new MemoryStream();
        await zip.GetEntry("assets/logo.png")!.Open().CopyToAsync(logo);
        Assert.Equal(Logo, logo.ToArray());
    }

    [Fact]
    public async Task CreateFromSource_WithSetActive_ShouldMakeTheNewVersionTheActiveOne()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source",
            """{"files":[{"type":"file","name":"index.js","path":"index.js","content":"module.exports = (req,res)=>res.send(\"hi\")"}],"setActive":true}""");

        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Version 2 created and activated successfully", body.GetProperty("message").GetString());
        Assert.True(body.GetProperty("data").GetProperty("isActive").GetBoolean());
        Assert.Equal(body.GetProperty("data").GetProperty("versionId").GetGuid(), (await factory.FunctionAsync(function.Id)).ActiveVersionId);
    }

    [Fact]
    public async Task CreateFromSource_WhenTheTreeIsOver1MB_ShouldFollowThePackageLimitsInstead()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var content = new string('x', 2 * 1024 * 1024);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source",
            $$"""{"files":[{"type":"file","name":"index.js","path":"index.js","content":"{{content}}"}]}""");

        Assert.Equal("Version 2 created successfully", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"type":"file","name":"x","path":"../../../etc/cron.d/evil","content":"x"}""", "File path \"../../../etc/cron.d/evil\" leaves the package root.")]
    [InlineData("""{"type":"file","name":"x","path":"/etc/passwd","content":"x"}""", "File path \"/etc/passwd\" is an absolute path.")]
    [InlineData("""{"type":"directory","name":"..","path":"..","children":[]}""", "File path \"..\" leaves the package root.")]
    [InlineData("""{"type":"symlink","name":"x","path":"x","content":"/etc"}""", "File tree node \"x\" has type \"symlink\"; expected \"file\" or \"directory\".")]
    [InlineData("""{"type":"file","name":"x","path":"x","content":"%%%","encoding":"base64"}""", "File \"x\" is not valid base64.")]
    public async Task CreateFromSource_WhenANodeIsUnsafeOrMalformed_ShouldAnswer400AndStoreNothing(string node, string message)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source",
            $$"""{"files":[{"type":"file","name":"index.js","path":"index.js","content":"ok"},{{node}}]}""");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, message);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"files":null}""")]
    public async Task CreateFromSource_WhenFilesAreMissing_ShouldAnswer400(string json)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source", json);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Function ID and files array are required");
    }

    [Fact]
    public async Task CreateFromSource_WhenFilesIsNotAnArray_ShouldAnswer400NamingIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{function.Id}/versions/create-from-source", """{"files":"index.js"}""");

        await response.AssertNamesFieldAsync("files");
    }

    [Fact]
    public async Task Switch_ShouldChangeWhatTheFunctionDetailsReport()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user, versions: 2, activeVersion: 1);
        var client = factory.CreateClientFor(user);

        await client.SendJsonAsync(HttpMethod.Post, $"/api/functions/{function.Id}/switch-version", """{"version_number":2}""");

        var details = (await JsonShape.ReadBodyAsync(await client.GetAsync($"/api/functions/{function.Id}"))).GetProperty("data");
        Assert.Equal((function.VersionIds[1], 2), (details.GetProperty("active_version_id").GetGuid(), details.GetProperty("active_version").GetInt32()));
        var stored = (await factory.FunctionAsync(function.Id)).Versions.Single(v => v.Version == 2);
        Assert.Equal(stored.PackageHash, details.GetProperty("package_hash").GetString());
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        using var data = zip.CreateEntry(name).Open();
        data.Write(content);
    }
}
