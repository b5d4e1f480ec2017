using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Admin;

/// <summary>The admin routes take an administrator's session token and nothing else, as in the original.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdminAuthenticationTests(InvokeApiFactory factory)
{
    public static TheoryData<string, string> AdminRoutes => new()
    {
        { "GET", "/api/admin/users" },
        { "POST", "/api/admin/users" },
        { "DELETE", "/api/admin/users/1" },
        { "GET", "/api/admin/projects" },
        { "POST", "/api/admin/projects" },
        { "PUT", "/api/admin/projects" },
        { "GET", "/api/admin/project-members" },
        { "DELETE", "/api/admin/project-members" },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_WithoutCredentials_ShouldAnswer401NoTokenProvided(string method, string path)
    {
        var client = factory.CreateClient();

        var response = await client.SendRawJsonAsync(new HttpMethod(method), path, "{}");

        await response.AssertErrorAsync(401, "No token provided");
    }

    [Fact]
    public async Task CreateProject_WithAnAdminsApiKey_ShouldAnswer401LikeTheOriginal()
    {
        var original = WireExample.Load("16-project-create-apikey-401.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(admin));

        var response = await client.SendJsonAsync(HttpMethod.Post, "/api/admin/projects", new { name = "nope" });

        var body = await response.AssertErrorAsync(original.Status, original.Body.GetProperty("message").GetString());
        JsonShape.AssertExtends(original.Body, body);
    }

    [Fact]
    public async Task AdminRoute_WithAnAdminsApiKeyAsBearer_ShouldAnswer401()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient().WithBearer(await factory.CreateApiKeyAsync(admin));

        var response = await client.GetAsync("/api/admin/users");

        await response.AssertErrorAsync(401);
    }
}
