using System.Net;
using System.Net.Http.Json;
using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class ChangeEmailTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    private const string Path = "/api/auth/change-email";

    [Fact]
    public async Task ChangeEmail_WhenValid_ShouldStoreItAndAnswerUsernameAndEmail()
    {
        var user = await factory.CreateUserAsync();
        var email = $"{IdentityData.UniqueName("new")}@example.test";

        var response = await factory.CreateClient().WithJwt(user).PutAsJsonAsync(Path, new { email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Email updated successfully", body.GetProperty("message").GetString());
        Assert.Equal(["username", "email"], JsonShape.PropertyNames(body.GetProperty("data")));
        Assert.Equal(user.Username, body.GetProperty("data").GetProperty("username").GetString());
        Assert.Equal(email, body.GetProperty("data").GetProperty("email").GetString());
        Assert.Equal(email, await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.Email).SingleAsync()));
    }

    [Theory]
    [InlineData("""{}""", "Email is required")]
    [InlineData("""{"email":""}""", "Email is required")]
    [InlineData("""{"email":"not-an-email"}""", "Invalid email format")]
    [InlineData("""{"email":"a b@example.test"}""", "Invalid email format")]
    [InlineData("""{"email":"a@b"}""", "Invalid email format")]
    public async Task ChangeEmail_WhenMissingOrMalformed_ShouldAnswer400NamingEmail(string json, string message)
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsync(Path, new StringContent(json, Encoding.UTF8, "application/json"));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, message);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task ChangeEmail_WhenTooLong_ShouldAnswer400()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsJsonAsync(Path, new { email = $"{new string('a', 250)}@example.test" });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Email must be 255 characters or less");
    }

    [Fact]
    public async Task ChangeEmail_WhenEmailIsNotAString_ShouldAnswer400NamingEmail()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user)
            .PutAsync(Path, new StringContent("""{"email":42}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonShape.ReadBodyAsync(response)).GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task ChangeEmail_WhenAnotherUserHasIt_ShouldAnswer409AndChangeNothing()
    {
        var user = await factory.CreateUserAsync();
        var other = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).PutAsJsonAsync(Path, new { email = other.Email });

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Conflict, "Email is already in use by another account");
        Assert.Equal(user.Email, await factory.QueryDbAsync(c => c.Users.Where(u => u.Id == user.Id).Select(u => u.Email).SingleAsync()));
    }

    [Fact]
    public async Task ChangeEmail_WhenItIsTheUsersOwnEmail_ShouldSucceed()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithJwt(user).PutAsJsonAsync(Path, new { email = user.Email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ChangeEmail_WhenNoToken_ShouldAnswerTheOriginalsOwnCheckMessages()
    {
        var user = await factory.CreateUserAsync();
        var key = await factory.CreateApiKeyAsync(user);

        var anonymous = await factory.CreateClient().PutAsJsonAsync(Path, new { email = "x@example.test" });
        var withApiKey = await factory.CreateClient().WithApiKey(key).PutAsJsonAsync(Path, new { email = "x@example.test" });
        var withBadToken = await factory.CreateClient().WithBearer("a.b.c").PutAsJsonAsync(Path, new { email = "x@example.test" });

        await AuthenticationTests.AssertErrorAsync(anonymous, HttpStatusCode.Unauthorized, "Unauthorized");
        await AuthenticationTests.AssertErrorAsync(withApiKey, HttpStatusCode.Unauthorized, "Unauthorized");
        await AuthenticationTests.AssertErrorAsync(withBadToken, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }
}
