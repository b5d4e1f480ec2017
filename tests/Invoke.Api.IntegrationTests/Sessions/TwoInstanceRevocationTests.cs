using System.Net;
using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>Revocations made on one instance hold on another at once: refresh tokens are read from the database every time.</summary>
public sealed class TwoInstanceRevocationTests(TwoInstanceRevocationTests.TwoHosts hosts)
    : IClassFixture<TwoInstanceRevocationTests.TwoHosts>
{
    private readonly IdentityApiFactory _first = hosts.First;
    private readonly SecondHostApiFactory _second = hosts.Second;

    [Fact]
    public async Task LogoutOnOneInstance_ShouldRefuseTheRefreshOnTheOtherAtOnce()
    {
        var user = await _first.CreateUserAsync(isAdmin: true);
        var token = (await _first.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");

        await _second.CreateCookielessClient().LogoutAsync(token);

        await (await _first.CreateCookielessClient().RefreshAsync(token)).AssertErrorAsync(401);
    }

    [Fact]
    public async Task ReuseDetectedOnOneInstance_ShouldEndTheSessionOnTheOther()
    {
        var user = await _first.CreateUserAsync(isAdmin: true);
        var stolen = (await _first.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var current = (await SessionHttp.DataAsync(await _first.CreateCookielessClient().RefreshAsync(stolen))).Text("refreshToken");

        await (await _second.CreateCookielessClient().RefreshAsync(stolen)).AssertErrorAsync(401);

        await (await _first.CreateCookielessClient().RefreshAsync(current)).AssertErrorAsync(401);
    }

    [Fact]
    public async Task PasswordChangeAndAdminRevocationOnOneInstance_ShouldHoldOnTheOther()
    {
        var admin = await _first.CreateUserAsync(isAdmin: true);
        var user = await _first.CreateUserAsync(isAdmin: true);
        var changing = await _first.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);
        var other = await _first.CreateCookielessClient().SignInAsync(user, refreshTokenInBody: true);

        var change = await _second.CreateClient().WithBearer(changing.Text("token")).PutAsJsonAsync(
            "/api/auth/change-password", new { currentPassword = user.Password, newPassword = "Another-Horse-Battery-42" });
        var otherAfterChange = await _first.CreateCookielessClient().RefreshAsync(other.Text("refreshToken"));
        var changingAfterChange = await _first.CreateCookielessClient().RefreshAsync(changing.Text("refreshToken"));
        var adminEnds = await _second.CreateClientFor(admin).DeleteAsync($"/api/admin/users/{user.Id}/sessions");
        var renewed = (await SessionHttp.DataAsync(changingAfterChange)).Text("refreshToken");

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        await otherAfterChange.AssertErrorAsync(401);
        Assert.Equal(HttpStatusCode.OK, adminEnds.StatusCode);
        await (await _first.CreateCookielessClient().RefreshAsync(renewed)).AssertErrorAsync(401);
    }

    /// <summary>Two API instances on one database, started once for the class.</summary>
    public sealed class TwoHosts : IAsyncLifetime
    {
        public TwoHosts() => Second = new SecondHostApiFactory(First);

        public IdentityApiFactory First { get; } = new();

        public SecondHostApiFactory Second { get; }

        public Task InitializeAsync() => First.InitializeAsync();

        public async Task DisposeAsync()
        {
            await Second.DisposeAsync();
            await ((IAsyncLifetime)First).DisposeAsync();
        }
    }
}
