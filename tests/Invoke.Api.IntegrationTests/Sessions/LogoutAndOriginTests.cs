using System.Net;
using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Sessions;

public sealed class LogoutAndOriginTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    private const string CrossOrigin = "Cross-origin request refused";

    [Fact]
    public async Task Logout_FromABrowser_ShouldGetTheRefreshCookieRevokeTheSessionAndClearBothCookies()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync(user);

        var logout = await browser.LogoutAsync();

        var data = await SessionHttp.DataAsync(logout);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.ValueKind);
        var cleared = SessionHttp.SetCookies(logout);
        Assert.Equal([SessionCookieNames.Access, SessionCookieNames.Refresh], cleared.Keys.Order());
        Assert.All(cleared.Values, cookie => Assert.True(cookie.Expires < DateTimeOffset.UtcNow));
        Assert.Equal(1, await RevokedSessionsOfAsync(user));
        await (await browser.RefreshAsync()).AssertErrorAsync(401, "No refresh token");
    }

    [Fact]
    public async Task Logout_WithABodyToken_ShouldRevokeItsSession()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var token = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");

        Assert.Equal(HttpStatusCode.OK, (await client.LogoutAsync(token)).StatusCode);

        await (await client.RefreshAsync(token)).AssertErrorAsync(401, "Invalid or expired refresh token");
    }

    [Fact]
    public async Task Logout_WithoutAnyToken_ShouldStillSucceed()
    {
        var response = await factory.CreateCookielessClient().LogoutAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string?> ForeignOrigins => new() { null, "https://evil.example", "http://localhost:8080", "null" };

    [Theory]
    [MemberData(nameof(ForeignOrigins))]
    public async Task CookieWrites_FromAnotherOriginOrNone_ShouldBeRefusedAndChangeNothing(string? origin)
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var login = await Logins.PostAsync(client, user.Username, user.Password);
        var cookies = SessionHttp.SetCookies(login);
        var access = (SessionCookieNames.Access, cookies[SessionCookieNames.Access].Value.ToString());
        var refresh = (SessionCookieNames.Refresh, cookies[SessionCookieNames.Refresh].Value.ToString());

        var changeEmail = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/auth/change-email")
        {
            Content = JsonContent.Create(new { email = $"new-{user.Email}" }),
        }.WithCookies(origin, access));
        var refreshed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/refresh").WithCookies(origin, refresh));
        var loggedOut = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout").WithCookies(origin, refresh));

        await changeEmail.AssertErrorAsync(403, CrossOrigin);
        await refreshed.AssertErrorAsync(403, CrossOrigin);
        await loggedOut.AssertErrorAsync(403, CrossOrigin);
        var reads = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me").WithCookies(origin, access));
        Assert.Equal(HttpStatusCode.OK, reads.StatusCode);
        Assert.Equal(0, await RevokedSessionsOfAsync(user));
    }

    [Fact]
    public async Task CookieWrites_WithASameOriginRefererAndNoOrigin_ShouldPass()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var login = await Logins.PostAsync(client, user.Username, user.Password);
        var access = SessionHttp.SetCookies(login)[SessionCookieNames.Access].Value.ToString();
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/auth/change-email")
        {
            Content = JsonContent.Create(new { email = $"new-{user.Email}" }),
        }.WithCookies(origin: null, (SessionCookieNames.Access, access));
        request.Headers.Referrer = new Uri($"{SessionHttp.OwnOrigin}/admin/profile");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Writes_WithABearerTokenOrAnApiKey_ShouldNeedNoOriginEvenWithSessionCookiesAttached()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var key = await factory.CreateApiKeyAsync(user);
        var browser = factory.CreateClient();
        var token = (await browser.SignInAsync(user)).Text("token");

        var viaBearer = await browser.WithBearer(token).PutAsJsonAsync("/api/auth/change-email", new { email = $"b-{user.Email}" });
        browser.DefaultRequestHeaders.Authorization = null;
        var viaKey = await browser.WithApiKey(key).DeleteAsync($"/api/functions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, viaBearer.StatusCode);
        await viaKey.AssertErrorAsync(404, "Function not found");
    }

    private Task<int> RevokedSessionsOfAsync(TestUser user) =>
        factory.QueryDbAsync(context =>
            Task.FromResult(context.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt != null)
                .Select(t => t.FamilyId).Distinct().Count()));
}
