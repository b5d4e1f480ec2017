using System.Net;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class LoginBurstTests(SlowHasherApiFactory factory) : IClassFixture<SlowHasherApiFactory>
{
    [Fact]
    public async Task Login_WhenABurstOfGuessesArrivesAtOnce_ShouldCheckNoMorePasswordsThanTheLimit()
    {
        var user = await factory.CreateUserAsync();
        var client = factory.CreateClient();
        var before = factory.Verifications;

        var guesses = Enumerable.Range(0, 11).Select(n => n == 10 ? user.Password : $"wrong-{n}");
        var responses = await Task.WhenAll(guesses.Select(password => Logins.PostAsync(client, user.Username, password)));

        // A reservation reads the counter after its increment, so a burst may refuse more than it must, never fewer.
        Assert.InRange(factory.Verifications - before, 0, 5);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests) >= 6);
    }
}
