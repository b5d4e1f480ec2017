using System.Net;
using System.Net.Http.Json;
using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class ChangePasswordTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    private const string Path = "/api/auth/change-password";
    private const string StrongPassword = "plum-Orbit-glacier-57-hum";

    [Fact]
    public async Task ChangePassword_WhenCurrentIsRightAndNewIsStrong_ShouldReplaceTheHash()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = StrongPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Password changed successfully", body.GetProperty("message").GetString());
        Assert.Equal(["username"], JsonShape.PropertyNames(body.GetProperty("data")));
        var hash = await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.StartsWith("$2b$12$", hash);
        Assert.Equal(HttpStatusCode.OK, (await Logins.PostAsync(factory.CreateClient(), user.Username, StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Logins.PostAsync(factory.CreateClient(), user.Username, user.Password)).StatusCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"currentPassword":"x"}""")]
    [InlineData("""{"newPassword":"plum-Orbit-glacier-57-hum"}""")]
    public async Task ChangePassword_WhenAPasswordIsMissing_ShouldAnswer400LikeTheOriginal(string json)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsync(Path, new StringContent(json, Encoding.UTF8, "application/json"));

        await AuthenticationTests.AssertErrorAsync(
            response, HttpStatusCode.BadRequest, "Current password and new password are required");
    }

    [Theory]
    [InlineData("password", "This is a top-10 common password")]
    [InlineData("qwertyuiop", "This is a top-100 common password")]
    [InlineData("zxcvbnm,./", "Straight rows of keys are easy to guess")]
    [InlineData("Jennifer", "Names and surnames by themselves are easy to guess")]
    [InlineData("aaaaaaaaaaaa", "Repeats like \"aaa\" are easy to guess")]
    [InlineData("P@ssw0rd2", "This is similar to a commonly used password")]
    [InlineData("abcdefgh", "Sequences like abc or 6543 are easy to guess")]
    public async Task ChangePassword_WhenNewIsWeak_ShouldAnswer400WithZxcvbnFeedbackBeforeCheckingTheCurrent(
        string newPassword, string feedback)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsJsonAsync(Path, new { currentPassword = "not-the-current-one", newPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(feedback, body.GetProperty("message").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty("newPassword", out _));
        var score = body.GetProperty("data").GetProperty("score").GetInt32();
        Assert.InRange(score, 0, 2);
        Assert.Equal(score, body.GetProperty("score").GetInt32());
        var hash = await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.True(BCrypt.Net.BCrypt.Verify(user.Password, hash));
    }

    [Fact]
    public async Task ChangePassword_WhenNewIsLongerThanBcryptReads_ShouldAnswer400()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = StrongPassword + new string('x', 60) });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Password must be at most 72 bytes long");
    }

    [Fact]
    public async Task ChangePassword_WhenCurrentIsWrong_ShouldAnswer401AndKeepTheHash()
    {
        var user = await factory.CreateUserAsync();
        var before = await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsJsonAsync(Path, new { currentPassword = "wrong", newPassword = StrongPassword });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Current password is incorrect");
        Assert.Equal(before, await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task ChangePassword_WhenCalledWithAnApiKey_ShouldAnswer401Unauthorized()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);

        var response = await factory.CreateClient().WithApiKey(key)
            .PutAsJsonAsync(Path, new { currentPassword = user.Password, newPassword = StrongPassword });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task ChangePassword_WhenAFieldIsNotAString_ShouldAnswer400NamingIt()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsync(Path, new StringContent("""{"currentPassword":true,"newPassword":"x"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("currentPassword", out _));
    }
}
