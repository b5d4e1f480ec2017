using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Caching;

[Collection(ApiCollection.Name)]
public sealed class CacheMetricsEndpointTests(InvokeApiFactory factory)
{
    private const string Path = "/api/metrics/cache";

    [Fact]
    public async Task Get_AsAdmin_ShouldCountTheLookupsOfItsOwnAuthentication()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClientFor(admin);
        await client.GetAsync("/api/auth/me");
        await client.GetAsync("/api/auth/me");

        var response = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cache metrics retrieved successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.True(data.GetProperty("enabled").GetBoolean());
        Assert.True(data.GetProperty("serving").GetBoolean());
        Assert.True(data.GetProperty("entries").GetInt32() > 0);
        var user = data.GetProperty("queries").GetProperty("GetAuthenticatedUserQuery");
        Assert.True(user.GetProperty("hits").GetInt64() > 0);
        Assert.True(user.GetProperty("misses").GetInt64() > 0);
        Assert.InRange(user.GetProperty("hitRatio").GetDouble(), 0.0, 1.0);
        Assert.Equal(JsonValueKind.Number, user.GetProperty("evictions").ValueKind);
        Assert.Equal(JsonValueKind.Number, user.GetProperty("bypasses").ValueKind);
        Assert.True(data.GetProperty("notificationsByTable").GetProperty("users").GetInt64() > 0);
    }

    [Fact]
    public async Task Get_AsNonAdmin_ShouldAnswer403AdminAccessRequired()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(user).GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Admin access required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_WithoutCredentials_ShouldAnswer401NoTokenProvided()
    {
        var response = await factory.CreateClient().GetAsync(Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("No token provided", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }
}
