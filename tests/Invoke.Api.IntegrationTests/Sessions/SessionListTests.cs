using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Invoke.Api.IntegrationTests.Sessions;

public sealed class SessionListTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    [Fact]
    public async Task List_ShouldShowTheCallersLiveSessionsOnlyAndMarkTheOneOfItsToken()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var stranger = await factory.CreateUserAsync(isAdmin: true);
        var laptop = await SignInAsync(user, "Laptop browser");
        var phone = await SignInAsync(user, "Phone browser");
        var ended = await SignInAsync(user, "Ended");
        await SignInAsync(stranger, "Someone else");
        await factory.CreateCookielessClient().LogoutAsync(ended.Text("refreshToken"));

        var sessions = await SessionHttp.DataAsync(await Bearer(phone).GetAsync("/api/auth/sessions"));

        var rows = sessions.EnumerateArray().ToList();
        Assert.Equal(["Phone browser", "Laptop browser"], rows.Select(r => r.Text("user_agent")));
        Assert.Equal([true, false], rows.Select(r => r.GetProperty("current").GetBoolean()));
        Assert.Equal(
            ["client_ip", "created_at", "current", "expires_at", "id", "last_refreshed_at", "user_agent"],
            Infrastructure.JsonShape.PropertyNames(rows[0]).Order());
        Assert.Equal(IdOf(laptop), rows[1].GetProperty("id").GetGuid());
        Assert.StartsWith("2001:db8::", rows[1].Text("client_ip"));
    }

    [Fact]
    public async Task Delete_OfTheCallersOtherSession_ShouldEndItButNotTheCallers()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var laptop = await SignInAsync(user, "Laptop");
        var phone = await SignInAsync(user, "Phone");

        var response = await Bearer(laptop).DeleteAsync($"/api/auth/sessions/{IdOf(phone)}");

        Assert.Equal("Session revoked", (await Infrastructure.JsonShape.ReadBodyAsync(response)).Text("message"));
        await (await factory.CreateCookielessClient().RefreshAsync(phone.Text("refreshToken"))).AssertErrorAsync(401);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateCookielessClient().RefreshAsync(laptop.Text("refreshToken"))).StatusCode);
    }

    [Fact]
    public async Task Delete_OfAnotherUsersSession_ShouldSayNotFoundAndLeaveItAlive()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var victim = await factory.CreateUserAsync(isAdmin: true);
        var mine = await SignInAsync(user, "Mine");
        var theirs = await SignInAsync(victim, "Theirs");

        var response = await Bearer(mine).DeleteAsync($"/api/auth/sessions/{IdOf(theirs)}");

        await response.AssertErrorAsync(404, "Session not found");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateCookielessClient().RefreshAsync(theirs.Text("refreshToken"))).StatusCode);
    }

    [Fact]
    public async Task Delete_WithAnIdThatIsNoUuid_ShouldAnswer400NamingIt()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(user).DeleteAsync("/api/auth/sessions/not-a-uuid");

        await response.AssertErrorAsync(400, field: "id");
    }

    [Fact]
    public async Task AdminRoutes_ShouldListAndEndAnyUsersSessions()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var user = await factory.CreateUserAsync(isAdmin: true);
        var first = await SignInAsync(user, "First");
        var second = await SignInAsync(user, "Second");
        var adminClient = factory.CreateClientFor(admin);

        var listed = await (await adminClient.GetAsync($"/api/admin/users/{user.Id}/sessions")).ReadSuccessAsync();
        var endOne = await adminClient.DeleteAsync($"/api/admin/users/{user.Id}/sessions/{IdOf(first)}");
        var afterOne = await factory.CreateCookielessClient().RefreshAsync(first.Text("refreshToken"));
        var endAll = await adminClient.DeleteAsync($"/api/admin/users/{user.Id}/sessions");

        Assert.Equal(2, listed.GetProperty("sessions").GetArrayLength());
        Assert.Equal("Session revoked", (await endOne.ReadSuccessAsync()).Text("message"));
        await afterOne.AssertErrorAsync(401);
        Assert.Equal("Sessions revoked", (await endAll.ReadSuccessAsync()).Text("message"));
        await (await factory.CreateCookielessClient().RefreshAsync(second.Text("refreshToken"))).AssertErrorAsync(401);
    }

    [Fact]
    public async Task AdminRoutes_ShouldRefuseNonAdminsAndSayWhenTheUserDoesNotExist()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var user = await factory.CreateUserAsync();

        var asUser = await factory.CreateClientFor(user).DeleteAsync($"/api/admin/users/{admin.Id}/sessions");
        var unknown = await factory.CreateClientFor(admin).GetAsync("/api/admin/users/999999/sessions");

        await asUser.AssertErrorAsync(403, "Admin access required");
        await unknown.AssertErrorAsync(404, "User not found");
    }

    private async Task<JsonElement> SignInAsync(TestUser user, string userAgent)
    {
        // A second apart, so that the list's order does not depend on ties.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var client = factory.CreateCookielessClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return await client.SignInAsync(user, refreshTokenInBody: true);
    }

    private HttpClient Bearer(JsonElement session) => factory.CreateClient().WithBearer(session.Text("token"));

    private static Guid IdOf(JsonElement session)
    {
        var token = new JsonWebToken(session.Text("token"));
        return Guid.Parse(token.GetClaim("sid").Value);
    }
}
