using System.Net;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary><c>POST /api/functions/upload</c> (admin-api.md §5.6).</summary>
[Collection(PackagesCollection.Name)]
public sealed class UploadFunctionTests(PackagesApiFactory factory)
{
    private const string Route = "/api/functions/upload";

    [Fact]
    public async Task Upload_WhenMemberSendsAZip_ShouldCreateAnActiveFunctionRunningVersion1()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var zip = TestArchives.Zip(("index.js", "module.exports = () => 1;"), ("lib/a.js", "a"));
        var name = IdentityData.UniqueName("uploaded");

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            zip, "ignored.zip", "function", ("name", name), ("description", " greets "), ("projectId", project.Id.ToString())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(("Function uploaded successfully", 201), (body.GetProperty("message").GetString(), body.GetProperty("statusCode").GetInt32()));
        var data = body.GetProperty("data");
        Assert.Equal((name, "greets", true, 1), (data.GetProperty("name").GetString(), data.GetProperty("description").GetString(),
            data.GetProperty("is_active").GetBoolean(), data.GetProperty("version").GetInt32()));
        Assert.Equal(project.Id, data.GetProperty("project_id").GetGuid());
        Assert.Equal(user.Id, data.GetProperty("deployed_by").GetInt32());

        var function = await factory.FunctionAsync(data.GetProperty("id").GetGuid());
        var version = Assert.Single(function.Versions);
        Assert.Equal(version.Id, function.ActiveVersionId);
        Assert.Equal([0x1F, 0x8B], version.Package!.Content[..2]);
        Assert.Equal(PackageData.Sha256(version.Package.Content), data.GetProperty("package_hash").GetString());
        Assert.Equal(version.Package.Content.Length.ToString(), data.GetProperty("file_size").GetString());
    }

    [Fact]
    public async Task Upload_ShouldAnswerEveryFunctionColumnThenTheVersionColumns()
    {
        var (user, project) = await factory.CreateMemberAsync();

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), IdentityData.UniqueName("cols") + ".zip", "function", ("projectId", project.Id.ToString())));

        var data = (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
        Assert.Equal(
            ["id", "name", "description", "project_id", "deployed_by", "requires_api_key", "api_key", "is_active",
             "created_at", "updated_at", "last_executed", "execution_count", "active_version_id", "retention_type",
             "retention_value", "retention_enabled", "schedule_enabled", "schedule_cron", "next_execution",
             "last_scheduled_execution", "custom_timeout_enabled", "custom_timeout_seconds", "custom_memory_enabled",
             "custom_memory_mb", "version", "file_size", "package_hash"],
            JsonShape.PropertyNames(data));
    }

    [Theory]
    [InlineData("hello.zip", "hello")]
    [InlineData("hello.tar.gz", "hello")]
    [InlineData("Hello.TGZ", "Hello")]
    public async Task Upload_WhenNameIsNotSent_ShouldNameTheFunctionAfterTheFile(string fileName, string expectedPrefix)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var archive = fileName.EndsWith(".zip") ? TestArchives.Zip(("index.js", "x")) : TestArchives.Tarball(("index.js", "x"));

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            archive, fileName, "function", ("projectId", project.Id.ToString())));

        var data = (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
        Assert.Equal(expectedPrefix, data.GetProperty("name").GetString());
        Assert.Equal("Uploaded function package", data.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Upload_WhenTarball_ShouldStoreTheUploadedBytesSoTheHashIsTheClients()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var tarball = TestArchives.Tarball(("./index.js", "x"));

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            tarball, IdentityData.UniqueName("tgz") + ".tgz", "function", ("projectId", project.Id.ToString())));

        var data = (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
        Assert.Equal(PackageData.Sha256(tarball), data.GetProperty("package_hash").GetString());
        var function = await factory.FunctionAsync(data.GetProperty("id").GetGuid());
        Assert.Equal(tarball, function.Versions.Single().Package!.Content);
    }

    [Fact]
    public async Task Upload_WhenKeyIsRequired_ShouldGenerateOneAndIgnoreTheClientsKey()
    {
        var (user, project) = await factory.CreateMemberAsync();

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user)).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), IdentityData.UniqueName("keyed") + ".zip", "function",
            ("requiresApiKey", "true"), ("apiKey", "chosen-by-client"), ("projectId", project.Id.ToString())));

        var data = (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
        Assert.True(data.GetProperty("requires_api_key").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", data.GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task Upload_WhenNameIsTakenInTheProject_ShouldAnswer409AndStoreNothing()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var existing = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), "x.zip", "function", ("name", existing.Name), ("projectId", project.Id.ToString())));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Conflict,
            $"Function with name \"{existing.Name}\" already exists. Use the update function feature to modify existing functions.");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Upload_WhenTheNameIsUsedInAnotherProject_ShouldCreateTheFunction()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var elsewhere = await factory.SeedFunctionAsync(await factory.CreateProjectAsync());

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), "x.zip", "function", ("name", elsewhere.Name), ("projectId", project.Id.ToString())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Upload_WhenNoFileIsSent_ShouldAnswer400NoFileUploaded()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var form = new MultipartFormDataContent { { new StringContent(project.Id.ToString()), "projectId" } };

        var response = await factory.CreateClientFor(user).PostAsync(Route, form);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "No file uploaded");
    }

    [Fact]
    public async Task Upload_WhenBodyIsJsonInsteadOfMultipart_ShouldAnswer400NoFileUploaded()
    {
        var (user, project) = await factory.CreateMemberAsync();

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            HttpMethod.Post, Route, $$"""{"name":"x","projectId":"{{project.Id}}"}""");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "No file uploaded");
    }

    [Theory]
    [InlineData(null, "Project ID is required")]
    [InlineData("system", "Project ID must be a UUID")]
    public async Task Upload_WhenProjectIdIsMissingOrNotAUuid_ShouldAnswer400(string? projectId, string message)
    {
        var (user, _) = await factory.CreateMemberAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);
        (string, string)[] fields = projectId is null ? [] : [("projectId", projectId)];

        var response = await factory.CreateClientFor(user).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), "x.zip", "function", fields));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, message);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Upload_WhenAdminNamesAProjectThatDoesNotExist_ShouldAnswer404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).PostAsync(Route, ArchiveForm.Create(
            TestArchives.Zip(("index.js", "x")), "x.zip", "function", ("projectId", Guid.NewGuid().ToString())));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "Project not found");
    }
}
