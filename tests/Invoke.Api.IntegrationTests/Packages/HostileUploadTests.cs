using System.Formats.Tar;
using System.Net;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Api.Packages;
using Invoke.Infrastructure.Packages;
using Invoke.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>
/// Archives and requests built to hurt, on every route that takes an upload: each gets a clear 4xx and leaves the
/// database as it was.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class HostileUploadTests(PackagesApiFactory factory)
{
    private const long OneMegabyte = 1024 * 1024;
    private const long SixtyMegabytes = 60 * OneMegabyte;
    private const string ArchiveTooLarge = "File too large. A package may have at most 52428800 bytes.";

    public static TheoryData<string> UploadRoutes => ["upload", "versions", "update"];

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenArchiveIsAZipBomb_ShouldAnswer413(string route)
    {
        var bomb = TestArchives.ZipBomb(PackagesApiFactory.MaxUncompressedBytes * 4);

        var (response, before, after) = await SendAsync(route, bomb, "bomb.zip");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge,
            $"The archive expands to more than {PackagesApiFactory.MaxUncompressedBytes} bytes.");
        before.AssertUnchangedIn(after);
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenArchiveHasTooManyEntries_ShouldAnswer413(string route)
    {
        var crowded = TestArchives.Zip(Enumerable.Range(0, PackagesApiFactory.MaxEntries + 1).Select(i => ($"f{i}.js", (string?)"x")).ToArray());

        var (response, before, after) = await SendAsync(route, crowded, "crowded.zip");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge,
            $"The archive has more than {PackagesApiFactory.MaxEntries} entries.");
        before.AssertUnchangedIn(after);
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenAnEntryClimbsOutOfTheRoot_ShouldAnswer400NamingIt(string route)
    {
        var traversal = TestArchives.Zip(("index.js", "x"), ("../../etc/cron.d/evil", "* * * * * root sh"));

        var (response, before, after) = await SendAsync(route, traversal, "traversal.zip");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest,
            "Archive entry \"../../etc/cron.d/evil\" leaves the package root.");
        before.AssertUnchangedIn(after);
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenTarballHasASymbolicLink_ShouldAnswer400(string route)
    {
        var linked = TestArchives.Tarball(tar =>
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "index.js") { DataStream = new MemoryStream(TestArchives.Text("x")) });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "secrets") { LinkName = "/etc/shadow" });
        });

        var (response, before, after) = await SendAsync(route, linked, "linked.tgz");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest,
            $"Archive entry \"secrets\" {PackageArchive.LinkRefusal}.");
        before.AssertUnchangedIn(after);
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenFileIsNotAnArchive_ShouldAnswer400InvalidFileType(string route)
    {
        var (response, before, after) = await SendAsync(route, TestArchives.Text("#!/bin/sh\nrm -rf /\n"), "innocent.zip");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, PackageArchive.InvalidFileType);
        before.AssertUnchangedIn(after);
    }

    [Theory]
    [InlineData("upload", "file")]
    [InlineData("versions", "function")]
    [InlineData("update", "archive")]
    public async Task Upload_WhenFileIsInTheWrongField_ShouldAnswer400UnexpectedField(string route, string wrongField)
    {
        var (response, before, after) = await SendAsync(route, TestArchives.Zip(("index.js", "x")), "ok.zip", wrongField);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Failed to parse multipart form: Unexpected field");
        before.AssertUnchangedIn(after);
    }

    [Fact]
    public async Task Upload_WhenTwoFilesAreSent_ShouldAnswer400UnexpectedField()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);
        var form = ArchiveForm.Create(TestArchives.Zip(("index.js", "1")), "one.zip", "function", ("projectId", project.Id.ToString()));
        form.Add(new ByteArrayContent(TestArchives.Zip(("index.js", "2"))), "function", "two.zip");

        var response = await factory.CreateClientFor(user).PostAsync("/api/functions/upload", form);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Failed to parse multipart form: Unexpected field");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Upload_WhenATextFieldIsTooLong_ShouldAnswer400NamingIt()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var form = ArchiveForm.Create(TestArchives.Zip(("index.js", "x")), "x.zip", "function",
            ("description", new string('d', ArchiveUploadModelBinder.MaxFieldBytes + 1)), ("projectId", project.Id.ToString()));

        var response = await factory.CreateClientFor(user).PostAsync("/api/functions/upload", form);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest,
            $"Failed to parse multipart form: Field \"description\" is longer than {ArchiveUploadModelBinder.MaxFieldBytes} bytes");
    }

    [Fact]
    public async Task Upload_WhenThereAreTooManyTextFields_ShouldAnswer400()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var fields = Enumerable.Range(0, ArchiveUploadModelBinder.MaxFields + 1).Select(i => ($"f{i}", "x")).ToArray();

        var response = await factory.CreateClientFor(user).PostAsync("/api/functions/upload",
            ArchiveForm.Create(TestArchives.Zip(("index.js", "x")), "x.zip", "function", fields));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Failed to parse multipart form: Too many fields");
    }

    [Fact]
    public async Task Upload_WhenTheMultipartBodyIsCutShort_ShouldAnswer400()
    {
        var (user, _) = await factory.CreateMemberAsync();
        var body = new StringContent("--cut\r\nContent-Disposition: form-data; name=\"function\"; filename=\"x.zip\"\r\n\r\nPK\u0003\u0004 and no closing boundary");
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        var response = await factory.CreateClientFor(user).PostAsync("/api/functions/upload", body);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Failed to parse multipart form: Malformed multipart body");
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenAnonymousSends60MB_ShouldAnswer401BeforeReadingTheBody(string route)
    {
        var function = await factory.SeedFunctionAsync(await factory.CreateProjectAsync());
        var file = new GeneratedContent(SixtyMegabytes, announceLength: true, pauseAfter: OneMegabyte);

        var (response, bytesSentBeforeAnswer) = await SendHeldAsync(StreamingClient(), PathOf(route, function.Id), file, FieldOf(route));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Authentication required");
        Assert.True(bytesSentBeforeAnswer <= OneMegabyte, $"{bytesSentBeforeAnswer} bytes were sent before the 401");
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenMemberAnnounces60MB_ShouldAnswer413BeforeReadingTheBody(string route)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);
        var file = new GeneratedContent(SixtyMegabytes, announceLength: true, pauseAfter: OneMegabyte);

        var (response, _) = await SendHeldAsync(StreamingClient().WithJwt(user), PathOf(route, function.Id), file, FieldOf(route), project.Id);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, ArchiveTooLarge);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(UploadRoutes))]
    public async Task Upload_WhenMemberStreams60MBWithoutALength_ShouldStopReadingAtTheLimitWith413(string route)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);
        var file = new GeneratedContent(SixtyMegabytes, announceLength: false, pauseAfter: 55 * OneMegabyte);

        var (response, _) = await SendHeldAsync(StreamingClient().WithJwt(user), PathOf(route, function.Id), file, FieldOf(route), project.Id);

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, ArchiveTooLarge);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Theory]
    [InlineData("GET", "/api/functions/not-a-uuid/versions", "id")]
    [InlineData("POST", "/api/functions/not-a-uuid/versions", "id")]
    [InlineData("DELETE", "/api/functions/not-a-uuid/versions?version=1", "id")]
    [InlineData("DELETE", "/api/functions/not-a-uuid/versions/1", "id")]
    [InlineData("POST", "/api/functions/not-a-uuid/switch-version", "id")]
    [InlineData("POST", "/api/functions/not-a-uuid/update", "id")]
    [InlineData("GET", "/api/functions/not-a-uuid/versions/00000000-0000-0000-0000-000000000001/download", "id")]
    [InlineData("GET", "/api/functions/00000000-0000-0000-0000-000000000001/versions/not-a-uuid/download", "versionId")]
    [InlineData("GET", "/api/functions/00000000-0000-0000-0000-000000000001/versions/not-a-uuid/source", "versionId")]
    [InlineData("POST", "/api/functions/not-a-uuid/versions/create-from-source", "id")]
    public async Task Request_WhenAnIdIsNotAUuid_ShouldAnswer400NamingIt(string method, string path, string field)
    {
        var user = await factory.CreateUserAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).SendJsonAsync(
            new HttpMethod(method), path, method == "POST" ? $$"""{"versionId":"{{Guid.NewGuid()}}","files":[]}""" : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    private async Task<(HttpResponseMessage Response, TablesSnapshot Before, TablesSnapshot After)> SendAsync(
        string route, byte[] archive, string fileName, string? field = null)
    {
        var (user, project) = await factory.CreateMemberAsync();
        var function = await factory.SeedFunctionAsync(project, user);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);
        var form = ArchiveForm.Create(archive, fileName, field ?? FieldOf(route), ("projectId", project.Id.ToString()));

        var response = await factory.CreateClientFor(user).PostAsync(PathOf(route, function.Id), form);

        return (response, before, await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    /// <summary>
    /// Sends a body that stalls at its pause point: the answer must come while it is held there, proving the server
    /// answered without the rest. Returns how much had been sent when the answer came.
    /// </summary>
    private static async Task<(HttpResponseMessage Response, long BytesSent)> SendHeldAsync(
        HttpClient client, string path, GeneratedContent file, string field, Guid? projectId = null)
    {
        try
        {
            var response = await client.PostAsync(path, Form(file, field, projectId)).WaitAsync(TimeSpan.FromSeconds(30));
            return (response, file.BytesSent);
        }
        finally
        {
            file.Release();
        }
    }

    /// <summary>
    /// A client that streams the request body: the default test client follows redirects, and to be able to resend a
    /// body it reads all of it before sending anything.
    /// </summary>
    private HttpClient StreamingClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string PathOf(string route, Guid functionId) =>
        route == "upload" ? "/api/functions/upload" : $"/api/functions/{functionId}/{route}";

    private static string FieldOf(string route) => route == "upload" ? "function" : "file";

    private static MultipartFormDataContent Form(HttpContent file, string field, Guid? projectId = null)
    {
        var form = new MultipartFormDataContent();
        if (projectId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "projectId");
        }

        form.Add(file, field, "big.zip");
        return form;
    }
}
