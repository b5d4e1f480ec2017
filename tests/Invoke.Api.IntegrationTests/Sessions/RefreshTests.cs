using System.Net;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Sessions;

public sealed class RefreshTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    private const string Invalid = "Invalid or expired refresh token";

    [Fact]
    public async Task Refresh_WithTheCookie_ShouldRotateItAndAnswerAnAccessTokenThatWorks()
    {
        var user = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: user);
        var client = factory.CreateCookielessClient();
        var login = await Logins.PostAsync(client, user.Username, user.Password);
        var first = SessionHttp.SetCookies(login)[SessionCookieNames.Refresh].Value.ToString();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/refresh")
            .WithCookies(SessionHttp.OwnOrigin, (SessionCookieNames.Refresh, first)));

        var data = await SessionHttp.DataAsync(response);
        var cookies = SessionHttp.SetCookies(response);
        var second = cookies[SessionCookieNames.Refresh].Value.ToString();
        Assert.NotEqual(first, second);
        Assert.Equal(data.Text("token"), cookies[SessionCookieNames.Access].Value.ToString());
        Assert.False(data.TryGetProperty("refreshToken", out _));
        Assert.Equal(user.Id, data.GetProperty("user").GetProperty("id").GetInt32());
        var me = await factory.CreateClient().WithBearer(data.Text("token")).GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var rows = await TokensOfSessionAsync(first);
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.UsedAt is not null);
    }

    [Fact]
    public async Task Refresh_WithABodyToken_ShouldAnswerTheNextOneInTheBodyAndSetNoCookie()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var first = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");

        var response = await client.RefreshAsync(first);

        var second = (await SessionHttp.DataAsync(response)).Text("refreshToken");
        Assert.NotEqual(first, second);
        Assert.Empty(SessionHttp.SetCookies(response));
        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Refresh_WhenARotatedTokenIsPresentedAgain_ShouldRevokeTheWholeSessionLogItAndClearTheCookies()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var stolen = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var current = (await SessionHttp.DataAsync(await client.RefreshAsync(stolen))).Text("refreshToken");

        var reuse = await client.RefreshAsync(stolen);

        await reuse.AssertErrorAsync(401, Invalid);
        Assert.All(SessionHttp.SetCookies(reuse).Values, cookie => Assert.Equal(0, cookie.Value.Length));
        await (await client.RefreshAsync(current)).AssertErrorAsync(401, Invalid);
        Assert.All(await TokensOfSessionAsync(stolen), row => Assert.NotNull(row.RevokedAt));
        Assert.Contains(factory.Logs.Messages, m => m.StartsWith("Refresh token reuse", StringComparison.Ordinal) && m.Contains($"user {user.Id}"));
    }

    [Fact]
    public async Task Refresh_WhenTwoRequestsRaceWithOneToken_ShouldLetOneThroughAndTreatTheOtherAsReuse()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var token = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.RefreshAsync(token)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(await TokensOfSessionAsync(token), row => Assert.NotNull(row.RevokedAt));
    }

    [Fact]
    public async Task Refresh_WithTheRightIdButAnotherSecret_ShouldRefuseWithoutEndingTheSession()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var token = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var forged = $"{token[..33]}{RefreshTokenSecret.GenerateSecret()}";

        await (await client.RefreshAsync(forged)).AssertErrorAsync(401, Invalid);

        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Refresh_WithoutAnyToken_ShouldSayNoRefreshToken()
    {
        var response = await factory.CreateCookielessClient().RefreshAsync();

        await response.AssertErrorAsync(401, "No refresh token");
    }

    [Fact]
    public async Task Tokens_ShouldExpireOnTheInjectedClock_TheAccessTokenAfter15MinutesAndAnIdleSessionAfter7Days()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var signIn = await client.SignInAsync(user, refreshTokenInBody: true);
        var access = factory.CreateClient().WithBearer(signIn.Text("token"));

        factory.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await access.GetAsync("/api/auth/me")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await (await access.GetAsync("/api/auth/me")).AssertErrorAsync(401, "Authentication required");
        var renewed = await SessionHttp.DataAsync(await client.RefreshAsync(signIn.Text("refreshToken")));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().WithBearer(renewed.Text("token")).GetAsync("/api/auth/me")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        await (await client.RefreshAsync(renewed.Text("refreshToken"))).AssertErrorAsync(401, Invalid);
    }

    private Task<List<(DateTime? UsedAt, DateTime? RevokedAt)>> TokensOfSessionAsync(string token)
    {
        Assert.True(RefreshTokenSecret.TryParse(token, out var tokenId, out _));
        return factory.QueryDbAsync(async context =>
        {
            var family = await context.RefreshTokens.Where(t => t.Id == tokenId).Select(t => t.FamilyId).SingleAsync();
            var rows = await context.RefreshTokens.Where(t => t.FamilyId == family).Select(t => new { t.UsedAt, t.RevokedAt }).ToListAsync();
            return rows.Select(r => (r.UsedAt, r.RevokedAt)).ToList();
        });
    }
}
