using System.Net;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.Net.Http.Headers;

namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>What login sets for browsers, and what it answers for the clients that read <c>data.token</c>.</summary>
public sealed class SessionCookieTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    [Fact]
    public async Task Login_ShouldAnswerTheOriginalsTokenAndUserAndSetHttpOnlyStrictCookiesOnTheApiPathsOnly()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(factory.CreateCookielessClient(), user.Username, user.Password);

        var data = await SessionHttp.DataAsync(response);
        Assert.Equal(["token", "user"], JsonShape.PropertyNames(data).Order());
        Assert.Equal(user.Id, data.GetProperty("user").GetProperty("id").GetInt32());
        var cookies = SessionHttp.SetCookies(response);
        var access = cookies[SessionCookieNames.Access];
        var refresh = cookies[SessionCookieNames.Refresh];
        Assert.Equal(data.Text("token"), access.Value.ToString());
        Assert.Equal(("/api", TimeSpan.FromMinutes(15)), (access.Path.ToString(), access.MaxAge));
        Assert.Equal(("/api/auth", TimeSpan.FromDays(7)), (refresh.Path.ToString(), refresh.MaxAge));
        Assert.All([access, refresh], cookie =>
        {
            Assert.True(cookie.HttpOnly);
            Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
            Assert.False(cookie.Secure);
            Assert.Equal(0, cookie.Domain.Length);
        });
    }

    [Fact]
    public async Task Login_OverHttpsThroughTheLocalProxy_ShouldMarkTheCookiesSecure()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { username = user.Username, password = user.Password }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await factory.CreateCookielessClient().SendAsync(IdentityApiFactory.FromAddress(request, Logins.NewAddress()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(SessionHttp.SetCookies(response).Values, cookie => Assert.True(cookie.Secure));
    }

    [Fact]
    public async Task Login_WhenTheClientKeepsItsTokens_ShouldAnswerTheRefreshTokenAndSetNoCookie()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(
            factory.CreateCookielessClient(), new { username = user.Username, password = user.Password, refreshTokenInBody = true });

        var data = await SessionHttp.DataAsync(response);
        Assert.Matches("^[0-9a-f]{32}\\.[0-9a-f]{64}$", data.Text("refreshToken"));
        Assert.False(response.Headers.Contains(HeaderNames.SetCookie));
    }

    [Fact]
    public async Task Get_WithTheAccessCookieAlone_ShouldAuthenticateAsTheBrowsersUser()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var browser = factory.CreateClient();
        await browser.SignInAsync(user);

        var me = await SessionHttp.DataAsync(await browser.GetAsync("/api/auth/me"));

        Assert.Equal(user.Id, me.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Get_WithAnOldStyleBearerTokenFromLoginOrAnApiKey_ShouldWorkAsBeforeWhateverCookiesAreSent()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var other = await factory.CreateUserAsync(isAdmin: true);
        var key = await factory.CreateApiKeyAsync(user);
        var token = (await factory.CreateCookielessClient().SignInAsync(user)).Text("token");
        var browserOfAnother = factory.CreateClient();
        await browserOfAnother.SignInAsync(other);

        var viaBearer = await SessionHttp.DataAsync(await browserOfAnother.WithBearer(token).GetAsync("/api/auth/me"));
        browserOfAnother.DefaultRequestHeaders.Authorization = null;
        var viaKey = await SessionHttp.DataAsync(await browserOfAnother.WithApiKey(key).GetAsync("/api/auth/me"));

        Assert.Equal(user.Id, viaBearer.GetProperty("id").GetInt32());
        Assert.Equal(user.Id, viaKey.GetProperty("id").GetInt32());
    }
}
