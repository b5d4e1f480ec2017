using System.Net;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>Login with a Turnstile secret configured (the verifier is a fake; its HTTP call is tested on its own).</summary>
public sealed class CaptchaLoginTests(CaptchaApiFactory factory) : IClassFixture<CaptchaApiFactory>
{
    [Fact]
    public async Task Login_WhenChallengeTokenIsMissing_ShouldAnswer400LikeTheOriginal()
    {
        var original = WireExample.Load("03-login-missing-captcha.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(factory.CreateClient(), admin.Username, admin.Password);

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("Verification challenge required", body.GetProperty("message").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty("turnstileToken", out _));
    }

    [Fact]
    public async Task Login_WhenChallengeFails_ShouldAnswer400BeforeLookingAtThePassword()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(
            factory.CreateClient(), new { username = admin.Username, password = "wrong", turnstileToken = "fail" });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Verification challenge failed");
    }

    [Fact]
    public async Task Login_WhenVerificationServiceIsDown_ShouldAnswer502VerificationServiceError()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(
            factory.CreateClient(), new { username = admin.Username, password = admin.Password, turnstileToken = "down" });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadGateway, "Verification service error");
    }

    [Fact]
    public async Task Login_WhenChallengePasses_ShouldSucceedAndHaveSentTheClientAddress()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var address = Logins.NewAddress();

        var response = await Logins.PostAsync(
            factory.CreateClient(), new { username = admin.Username, password = admin.Password, turnstileToken = "pass" }, address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        lock (factory.Captcha.Calls)
        {
            Assert.Contains(("pass", address), factory.Captcha.Calls);
        }
    }
}
