using System.Net;
using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>The changes to a user that end their sessions.</summary>
public sealed class RevocationTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    private const string NewPassword = "Another-Horse-Battery-42";

    [Fact]
    public async Task ChangePassword_ShouldEndTheUsersOtherSessionsAndKeepTheOneThatChangedIt()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var here = await factory.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);
        var elsewhere = await factory.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);

        var change = await factory.CreateClient().WithBearer(here.Text("token"))
            .PutAsJsonAsync("/api/auth/change-password", new { currentPassword = user.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        await (await factory.CreateCookielessClient().RefreshAsync(elsewhere.Text("refreshToken"))).AssertErrorAsync(401);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateCookielessClient().RefreshAsync(here.Text("refreshToken"))).StatusCode);
    }

    [Fact]
    public async Task AdminSettingAPassword_ShouldEndEverySessionOfThatUser()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var user = await factory.CreateUserAsync(isAdmin: true);
        var session = await factory.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);

        var update = await factory.CreateClientFor(admin).PutAsJsonAsync("/api/admin/users", new { id = user.Id, password = NewPassword });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await (await factory.CreateCookielessClient().RefreshAsync(session.Text("refreshToken"))).AssertErrorAsync(401);
    }

    [Fact]
    public async Task AdminDemotion_ShouldEndTheDemotedAdminsSessionsButARenameShouldNot()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var renamed = await factory.CreateUserAsync(isAdmin: true);
        var demoted = await factory.CreateUserAsync(isAdmin: true);
        var renamedSession = await factory.CreateCookielessClient().SignInAsync(renamed, refreshTokenInBody: true);
        var demotedSession = await factory.CreateCookielessClient().SignInAsync(demoted, refreshTokenInBody: true);
        var adminClient = factory.CreateClientFor(admin);

        await adminClient.PutAsJsonAsync("/api/admin/users", new { id = renamed.Id, username = $"{renamed.Username}-2" });
        await adminClient.PutAsJsonAsync("/api/admin/users", new { id = demoted.Id, is_admin = false });

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateCookielessClient().RefreshAsync(renamedSession.Text("refreshToken"))).StatusCode);
        await (await factory.CreateCookielessClient().RefreshAsync(demotedSession.Text("refreshToken"))).AssertErrorAsync(401);
    }

    [Fact]
    public async Task Refresh_OfAUserWhoLostTheirLastActiveProject_ShouldEndTheSessionLikeALoginWouldBeRefused()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var session = await factory.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);
        await factory.ExecuteDbAsync(context =>
            context.Projects.Where(p => p.Id == project.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false)));

        var refused = await factory.CreateCookielessClient().RefreshAsync(session.Text("refreshToken"));
        await factory.ExecuteDbAsync(context =>
            context.Projects.Where(p => p.Id == project.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, true)));
        var afterReactivation = await factory.CreateCookielessClient().RefreshAsync(session.Text("refreshToken"));

        await refused.AssertErrorAsync(
            401, "Access denied: You are not a member of any project. Please contact your system administrator.");
        await afterReactivation.AssertErrorAsync(401, "Invalid or expired refresh token");
    }

    [Fact]
    public async Task DeletingAUser_ShouldDeleteTheirSessions()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var user = await factory.CreateUserAsync(isAdmin: true);
        var session = await factory.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);

        var deletion = await factory.CreateClientFor(admin).DeleteAsync($"/api/admin/users/{user.Id}");

        Assert.Equal(HttpStatusCode.OK, deletion.StatusCode);
        Assert.False(await factory.QueryDbAsync(context => context.RefreshTokens.AnyAsync(t => t.UserId == user.Id)));
        await (await factory.CreateCookielessClient().RefreshAsync(session.Text("refreshToken"))).AssertErrorAsync(401);
    }
}
