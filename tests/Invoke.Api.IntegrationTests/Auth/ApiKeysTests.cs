using System.Net;
using System.Net.Http.Json;
using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class ApiKeysTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    private const string Path = "/api/auth/api-keys";

    [Fact]
    public async Task Create_WhenNamed_ShouldAnswer201LikeTheOriginalAndStoreOnlyTheHash()
    {
        var original = WireExample.Load("08-api-key-create.json");
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).PostAsJsonAsync(Path, new { name = "  anchor-cli  " });

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        JsonShape.AssertExtends(original.Body.GetProperty("data"), body.GetProperty("data"));
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("API key created successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("anchor-cli", data.GetProperty("name").GetString());
        Assert.Equal(original.Body.GetProperty("data").GetProperty("message").GetString(), data.GetProperty("message").GetString());
        var key = data.GetProperty("api_key").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Matches(JsonShape.IsoTimestampPattern, data.GetProperty("created_at").GetString());
        var stored = await factory.QueryDbAsync(c => c.ApiKeys.Where(k => k.CreatedBy == user.Id).Select(k => k.KeyHash).SingleAsync());
        Assert.Equal(ApiKeySecret.Hash(key), stored);
        Assert.NotEqual(key, stored);
    }

    [Fact]
    public async Task Create_ThenUse_ShouldAuthenticateAsTheCreator()
    {
        var user = await factory.CreateUserAsync();
        var created = await JsonShape.ReadBodyAsync(
            await factory.CreateClient().WithJwt(user).PostAsJsonAsync(Path, new { name = "cli" }));
        var key = created.GetProperty("data").GetProperty("api_key").GetString()!;

        var me = await JsonShape.ReadBodyAsync(await factory.CreateClient().WithApiKey(key).GetAsync("/api/auth/me"));

        Assert.Equal(user.Id, me.GetProperty("data").GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData(null, "API key name is required")]
    [InlineData("""{}""", "API key name is required")]
    [InlineData("""{"name":"   "}""", "API key name is required")]
    [InlineData("""{"name":null}""", "API key name is required")]
    public async Task Create_WhenNameIsMissingOrBlank_ShouldAnswer400LikeTheOriginal(string? json, string message)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).PostAsync(
            Path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, message);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Create_WhenNameIsLongerThan100_ShouldAnswer400AndCreateNothing()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).PostAsJsonAsync(Path, new { name = new string('k', 101) });

        await AuthenticationTests.AssertErrorAsync(
            response, HttpStatusCode.BadRequest, "API key name must be 100 characters or less");
        Assert.False(await factory.QueryDbAsync(c => c.ApiKeys.AnyAsync(k => k.CreatedBy == user.Id)));
    }

    [Fact]
    public async Task Create_WhenNameIsNotAString_ShouldAnswer400NamingIt()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PostAsync(Path, new StringContent("""{"name":12}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task List_ShouldAnswerTheOriginalsShapeWithOnlyTheCallersKeysNewestFirst()
    {
        var original = WireExample.Load("09-api-keys-list.json");
        var user = await factory.CreateUserAsync();
        var other = await factory.CreateUserAsync();
        await factory.CreateApiKeyAsync(other, "someone else's");
        var client = factory.CreateClient().WithJwt(user);
        await client.PostAsJsonAsync(Path, new { name = "first" });
        await client.PostAsJsonAsync(Path, new { name = "second" });

        var response = await client.GetAsync(Path);

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("API keys retrieved", body.GetProperty("message").GetString());
        var keys = body.GetProperty("data").EnumerateArray().ToList();
        JsonShape.AssertExtends(original.Body.GetProperty("data")[0], keys[0]);
        Assert.Equal(["second", "first"], keys.Select(k => k.GetProperty("name").GetString()));
        Assert.All(keys, k => Assert.False(k.TryGetProperty("key_hash", out _)));
    }

    [Fact]
    public async Task Revoke_WhenOwnKey_ShouldDeactivateItKeepItListedAndStopItWorking()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        var id = await factory.QueryDbAsync(c => c.ApiKeys.Where(k => k.CreatedBy == user.Id).Select(k => k.Id).SingleAsync());
        var client = factory.CreateClient().WithJwt(user);

        var response = await client.DeleteAsync($"{Path}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("API key revoked successfully", body.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
        var listed = (await JsonShape.ReadBodyAsync(await client.GetAsync(Path))).GetProperty("data")[0];
        Assert.False(listed.GetProperty("is_active").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().WithApiKey(key).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Revoke_WhenTheKeyBelongsToSomeoneElse_ShouldAnswer404AndLeaveItActiveEvenForAnAdmin()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var other = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(other);
        var id = await factory.QueryDbAsync(c => c.ApiKeys.Where(k => k.CreatedBy == other.Id).Select(k => k.Id).SingleAsync());

        var response = await factory.CreateClient().WithJwt(admin).DeleteAsync($"{Path}/{id}");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "API key not found");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().WithApiKey(key).GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2147483647")]
    public async Task Revoke_WhenNoSuchKey_ShouldAnswer404(string id)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).DeleteAsync($"{Path}/{id}");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "API key not found");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task Revoke_WhenIdIsNotAnInteger_ShouldAnswer400NamingId(string id)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).DeleteAsync($"{Path}/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task ApiKeyRoutes_WhenCalledWithAnApiKey_ShouldAnswer401NoTokenProvided()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        var client = factory.CreateClient().WithApiKey(key);

        await AuthenticationTests.AssertErrorAsync(await client.GetAsync(Path), HttpStatusCode.Unauthorized, "No token provided");
        await AuthenticationTests.AssertErrorAsync(
            await client.PostAsJsonAsync(Path, new { name = "x" }), HttpStatusCode.Unauthorized, "No token provided");
        await AuthenticationTests.AssertErrorAsync(await client.DeleteAsync($"{Path}/1"), HttpStatusCode.Unauthorized, "No token provided");
    }

    [Fact]
    public async Task Use_ShouldEventuallyCountEveryUseAndTheLastTime()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        var client = factory.CreateClient().WithApiKey(key);
        var before = DateTime.UtcNow.AddSeconds(-1);

        for (var use = 0; use < 3; use++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        }

        var (count, lastUsed) = await EventuallyAsync(
            () => factory.QueryDbAsync(c => c.ApiKeys
                .Where(k => k.CreatedBy == user.Id)
                .Select(k => new Tuple<int?, DateTime?>(k.UsageCount, k.LastUsed))
                .SingleAsync()),
            usage => usage.Item1 == 3);
        Assert.Equal(3, count);
        Assert.True(lastUsed > before);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
