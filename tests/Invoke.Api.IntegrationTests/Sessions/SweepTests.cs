using Invoke.Api.IntegrationTests.Admin;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Security;
using Invoke.Application.Sessions.Commands.SweepSessions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Sessions;

public sealed class SweepTests(SessionApiFactory factory) : IClassFixture<SessionApiFactory>
{
    [Fact]
    public async Task Sweep_ShouldDeleteRevokedSessionsAndExpiredTokensButKeepTheRotatedTokensOfLiveSessions()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        await client.LogoutAsync((await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken"));
        await client.SignInAsync(user, refreshTokenInBody: true);
        factory.Clock.Advance(TimeSpan.FromDays(6));
        var rotated = (await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken");
        var current = (await SessionHttp.DataAsync(await client.RefreshAsync(rotated))).Text("refreshToken");
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        // The host's own maintenance runner may sweep too, on the clock moving past its interval: both delete the same.
        await SweepAsync();

        var left = await factory.QueryDbAsync(context =>
            context.RefreshTokens.Where(t => t.UserId == user.Id).Select(t => t.Id).ToListAsync());
        Assert.Equal(new[] { IdOf(rotated), IdOf(current) }.Order(), left.Order());
        // The rotated token is kept for this: presented again, it still ends its session.
        await (await client.RefreshAsync(rotated)).AssertErrorAsync(401);
        await (await client.RefreshAsync(current)).AssertErrorAsync(401);
    }

    [Fact]
    public async Task MaintenanceRunner_ShouldSweepOnItsOwnOnceTheIntervalHasPassed()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateCookielessClient();
        await client.LogoutAsync((await client.SignInAsync(user, refreshTokenInBody: true)).Text("refreshToken"));

        factory.Clock.Advance(TimeSpan.FromHours(1));

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await factory.QueryDbAsync(context => context.RefreshTokens.AnyAsync(t => t.UserId == user.Id)))
        {
            // The runner works on its own thread once the clock has fired its timer.
            await Task.Delay(20, patience.Token);
        }
    }

    private async Task SweepAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SweepSessionsCommand());
    }

    private static Guid IdOf(string token)
    {
        Assert.True(RefreshTokenSecret.TryParse(token, out var id, out _));
        return id;
    }
}
