using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth.Probes;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>The three policies and the two schemes, against the original's order and messages (admin-api.md §2.3).</summary>
public sealed class AuthenticationTests(SecurityProbeApiFactory factory) : IClassFixture<SecurityProbeApiFactory>
{
    private const string Jwt = "/api/security-probe/jwt";
    private const string JwtOrApiKey = "/api/security-probe/jwt-or-api-key";
    private const string Admin = "/api/security-probe/admin";

    [Theory]
    [InlineData(Jwt, "No token provided")]
    [InlineData(Admin, "No token provided")]
    [InlineData(JwtOrApiKey, "Authentication required")]
    public async Task Get_WhenNoCredentials_ShouldAnswer401EnvelopeWithThePolicysMessage(string path, string message)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, message);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Get_WhenJwtOrApiKeyRouteHasNoCredentials_ShouldMatchTheOriginalsBody()
    {
        var original = WireExample.Load("07-me-no-auth.json");
        var client = factory.CreateClient();

        var response = await client.GetAsync(JwtOrApiKey);

        Assert.Equal(original.Status, (int)response.StatusCode);
        JsonShape.AssertExtends(original.Body, await JsonShape.ReadBodyAsync(response));
    }

    [Theory]
    [InlineData(Jwt)]
    [InlineData(JwtOrApiKey)]
    [InlineData(Admin)]
    public async Task Get_WhenValidJwtOfAnAdmin_ShouldSeeTheUserReadFromTheDatabase(string path)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var data = await GetDataAsync(factory.CreateClient().WithJwt(admin), path);

        Assert.Equal(admin.Id, data.GetProperty("UserId").GetInt32());
        Assert.Equal(admin.Username, data.GetProperty("Username").GetString());
        Assert.Equal(admin.Email, data.GetProperty("Email").GetString());
        Assert.True(data.GetProperty("IsAdmin").GetBoolean());
        Assert.False(data.GetProperty("ViaApiKey").GetBoolean());
    }

    [Fact]
    public async Task Get_WhenApiKeyInXApiKeyHeader_ShouldAuthenticateAsTheKeysCreator()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);

        var data = await GetDataAsync(factory.CreateClient().WithApiKey(key), JwtOrApiKey);

        Assert.Equal(user.Id, data.GetProperty("UserId").GetInt32());
        Assert.True(data.GetProperty("ViaApiKey").GetBoolean());
    }

    [Fact]
    public async Task Get_WhenApiKeyAsBearer_ShouldAuthenticateAsTheKeysCreator()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);

        var data = await GetDataAsync(factory.CreateClient().WithBearer(key), JwtOrApiKey);

        Assert.Equal(user.Id, data.GetProperty("UserId").GetInt32());
        Assert.True(data.GetProperty("ViaApiKey").GetBoolean());
    }

    [Fact]
    public async Task Get_WhenBearerIsInvalid_ShouldIgnoreAValidXApiKeyLikeTheOriginal()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        var client = factory.CreateClient().WithBearer("not-a-credential").WithApiKey(key);

        var response = await client.GetAsync(JwtOrApiKey);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("ABCDEF")]
    [InlineData("")]
    public async Task Get_WhenApiKeyIsUnknownOrMalformed_ShouldAnswer401(string key)
    {
        var client = factory.CreateClient().WithApiKey(key);

        var response = await client.GetAsync(JwtOrApiKey);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Fact]
    public async Task Get_WhenApiKeyIsRevoked_ShouldAnswer401()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        await factory.ExecuteDbAsync(context => context.ApiKeys
            .Where(k => k.KeyHash == ApiKeySecret.Hash(key))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.IsActive, false)));

        var response = await factory.CreateClient().WithApiKey(key).GetAsync(JwtOrApiKey);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Theory]
    [InlineData(Jwt)]
    [InlineData(Admin)]
    public async Task Get_WhenJwtRouteGetsOnlyAnApiKey_ShouldSayNoTokenProvided(string path)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var key = await factory.CreateApiKeyAsync(admin);

        var response = await factory.CreateClient().WithApiKey(key).GetAsync(path);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "No token provided");
    }

    [Fact]
    public async Task Get_WhenJwtRouteGetsAnApiKeyAsBearer_ShouldSayInvalidToken()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);

        var response = await factory.CreateClient().WithBearer(key).GetAsync(Jwt);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    public static TheoryData<string> BadTokens => new()
    {
        "garbage",
        "a.b.c",
        TestTokens.Sign(TestTokens.ClaimsOf(1), DateTime.UtcNow.AddMinutes(-16), DateTime.UtcNow.AddMinutes(-1)),
        TestTokens.Sign(TestTokens.ClaimsOf(1), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), "another-secret-of-at-least-32-characters"),
        TestTokens.Unsigned(1),
        TestTokens.Sign(new Dictionary<string, object> { ["username"] = "admin" }, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15)),
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Get_WhenTokenIsMalformedExpiredForgedUnsignedOrHasNoUserId_ShouldSayInvalidToken(string token)
    {
        var client = factory.CreateClient().WithBearer(token);

        var jwtResponse = await client.GetAsync(Jwt);
        var eitherResponse = await client.GetAsync(JwtOrApiKey);

        await AssertErrorAsync(jwtResponse, HttpStatusCode.Unauthorized, "Invalid token");
        await AssertErrorAsync(eitherResponse, HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Fact]
    public async Task Get_WhenTokenIsSignedLikeTheOriginalForTheAccessTokenLifetime_ShouldBeAccepted()
    {
        var user = await factory.CreateUserAsync();
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(TestTokens.ClaimsOf(user.Id), now, now.AddMinutes(15));

        var data = await GetDataAsync(factory.CreateClient().WithBearer(token), Jwt);

        Assert.Equal(user.Id, data.GetProperty("UserId").GetInt32());
    }

    [Fact]
    public async Task Get_WhenTokenIsTheOriginalsSevenDayOne_ShouldSayInvalidTokenForItOutlivesEveryRevocation()
    {
        var user = await factory.CreateUserAsync();
        var now = DateTime.UtcNow;
        var token = TestTokens.Sign(TestTokens.ClaimsOf(user.Id), now, now.AddDays(7));

        var response = await factory.CreateClient().WithBearer(token).GetAsync(Jwt);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Get_WhenTheUserWasDeleted_ShouldRefuseItsTokenAndItsKeyAtOnce()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);
        var jwtClient = factory.CreateClient().WithJwt(user);
        var keyClient = factory.CreateClient().WithApiKey(key);
        Assert.Equal(HttpStatusCode.OK, (await jwtClient.GetAsync(Jwt)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync(JwtOrApiKey)).StatusCode);

        await factory.ExecuteDbAsync(async context =>
        {
            await context.ApiKeys.Where(k => k.CreatedBy == user.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedBy, (int?)null));
            await context.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync();
        });

        await AssertErrorAsync(await jwtClient.GetAsync(Jwt), HttpStatusCode.Unauthorized, "User not found");
        await AssertErrorAsync(await jwtClient.GetAsync(JwtOrApiKey), HttpStatusCode.Unauthorized, "Authentication required");
        await AssertErrorAsync(await keyClient.GetAsync(JwtOrApiKey), HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Fact]
    public async Task Get_WhenNonAdminCallsAdminRoute_ShouldAnswer403AdminAccessRequired()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).GetAsync(Admin);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "Admin access required");
    }

    [Fact]
    public async Task Get_WhenAdminIsDemoted_ShouldLoseAdminRoutesAtOnceDespiteTheTokensClaim()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient().WithJwt(admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Admin)).StatusCode);

        await factory.ExecuteDbAsync(context => context.Users
            .Where(u => u.Id == admin.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsAdmin, false)));

        await AssertErrorAsync(await client.GetAsync(Admin), HttpStatusCode.Forbidden, "Admin access required");
        var data = await GetDataAsync(client, Jwt);
        Assert.False(data.GetProperty("IsAdmin").GetBoolean());
    }

    [Fact]
    public async Task Get_WhenUserIsPromoted_ShouldReachAdminRoutesWithItsOldToken()
    {
        var user = await factory.CreateUserAsync();
        await factory.ExecuteDbAsync(context => context.Users
            .Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsAdmin, true)));

        var response = await factory.CreateClient().WithJwt(user).GetAsync(Admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CurrentUser_WhenAnonymous_ShouldBeUnauthenticatedAndRefuseTheUserId()
    {
        var client = factory.CreateClient();

        var data = await GetDataAsync(client, "/api/security-probe/anonymous");
        var userIdResponse = await client.GetAsync("/api/security-probe/anonymous/user-id");

        Assert.False(data.GetProperty("IsAuthenticated").GetBoolean());
        Assert.False(data.GetProperty("IsAdmin").GetBoolean());
        await AssertErrorAsync(userIdResponse, HttpStatusCode.Unauthorized, "Authentication required");
    }

    private static async Task<JsonElement> GetDataAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal(message, body.GetProperty("message").GetString());
        Assert.Equal((int)status, body.GetProperty("statusCode").GetInt32());
    }
}
