using System.Net;
using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.Net.Http.Headers;

namespace Invoke.Api.IntegrationTests.Sessions;

public sealed class ReuseGracePeriodTests(ReuseGracePeriodTests.GraceFactory factory)
    : IClassFixture<ReuseGracePeriodTests.GraceFactory>
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Refresh_WhenARotatedTokenComesBackWithinTheGracePeriod_ShouldRefuseItButKeepTheSessionAndItsCookies()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var first = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var second = (await SessionHttp.DataAsync(await client.RefreshAsync(first))).Text("refreshToken");

        factory.Clock.Advance(Grace - TimeSpan.FromSeconds(1));
        var late = await client.RefreshAsync(first);

        await late.AssertErrorAsync(401, "Invalid or expired refresh token");
        Assert.False(late.Headers.Contains(HeaderNames.SetCookie));
        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Refresh_WhenARotatedTokenComesBackAfterTheGracePeriod_ShouldEndTheSession()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        var first = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var second = (await SessionHttp.DataAsync(await client.RefreshAsync(first))).Text("refreshToken");

        factory.Clock.Advance(Grace);
        await (await client.RefreshAsync(first)).AssertErrorAsync(401);

        await (await client.RefreshAsync(second)).AssertErrorAsync(401);
    }

    public sealed class GraceFactory : SessionApiFactory
    {
        protected override void ConfigureSettings(IDictionary<string, string?> settings)
        {
            base.ConfigureSettings(settings);
            settings["Invoke:Sessions:ReuseGracePeriod"] = Grace.ToString();
        }
    }
}
