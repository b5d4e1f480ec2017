using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Invoke.Api.Hosting;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Common.Security;
using Invoke.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class LoginTests(IdentityApiFactory factory) : IClassFixture<IdentityApiFactory>
{
    [Fact]
    public async Task Login_WhenCredentialsAreRight_ShouldAnswerTheOriginalsShape()
    {
        var original = WireExample.Load("05-login.json");
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(factory.CreateClient(), admin.Username, admin.Password);

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        JsonShape.AssertExtends(original.Body.GetProperty("data"), body.GetProperty("data"));
        JsonShape.AssertExtends(original.Body.GetProperty("data").GetProperty("user"), body.GetProperty("data").GetProperty("user"));
        Assert.Equal("Login successful", body.GetProperty("message").GetString());
        var user = body.GetProperty("data").GetProperty("user");
        Assert.Equal(admin.Id, user.GetProperty("id").GetInt32());
        Assert.Equal(admin.Username, user.GetProperty("username").GetString());
        Assert.Equal(admin.Email, user.GetProperty("email").GetString());
        Assert.True(user.GetProperty("isAdmin").GetBoolean());
    }

    [Fact]
    public async Task Login_WhenSuccessful_ShouldIssueAFifteenMinuteTokenShapedLikeTheOriginalsThatOpensTheApi()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var body = await JsonShape.ReadBodyAsync(await Logins.PostAsync(factory.CreateClient(), admin.Username, admin.Password));

        var token = body.GetProperty("data").GetProperty("token").GetString()!;
        var parts = token.Split('.');
        Assert.Equal("""{"alg":"HS256","typ":"JWT"}""", Base64UrlEncoder.Decode(parts[0]));
        using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])));
        var root = claims.RootElement;
        Assert.Equal(
            new[] { "email", "exp", "iat", "isAdmin", "sid", "userId", "username" },
            JsonShape.PropertyNames(root).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("userId").ValueKind);
        Assert.Equal(JsonValueKind.True, root.GetProperty("isAdmin").ValueKind);
        Assert.True(Guid.TryParse(root.GetProperty("sid").GetString(), out _));
        Assert.Equal(900, root.GetProperty("exp").GetInt64() - root.GetProperty("iat").GetInt64());
        var me = await factory.CreateClient().WithBearer(token).GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Login_WithEmailInsteadOfUsername_ShouldSucceedAndRecordTheLogin()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await Logins.PostAsync(factory.CreateClient(), admin.Email, admin.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lastLogin = await factory.QueryDbAsync(context =>
            context.Users.Where(u => u.Id == admin.Id).Select(u => u.LastLogin).SingleAsync());
        Assert.NotNull(lastLogin);
        Assert.True(lastLogin > before);
    }

    [Fact]
    public async Task Login_WhenPasswordIsWrong_ShouldAnswer401WithTheFailureCountLikeTheOriginal()
    {
        var original = WireExample.Load("04-login-wrong-password.json");
        var user = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(factory.CreateClient(), user.Username, "wrong");

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal(original.Body.GetProperty("message").GetString(), body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Login_WhenUserDoesNotExist_ShouldAnswer401AndCount()
    {
        var client = factory.CreateClient();
        var username = IdentityData.UniqueName("ghost");

        await Logins.PostAsync(client, username, "whatever");
        var response = await Logins.PostAsync(client, username, "whatever");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Invalid credentials. Failed attempts: 2/5");
    }

    public static TheoryData<string?> MissingCredentials => new()
    {
        null,
        "{}",
        """{"username":"admin"}""",
        """{"password":"secret"}""",
        """{"username":"","password":"secret"}""",
        """{"username":"admin","password":null}""",
    };

    [Theory]
    [MemberData(nameof(MissingCredentials))]
    public async Task Login_WhenUsernameOrPasswordIsMissing_ShouldAnswer400LikeTheOriginal(string? json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        };

        var response = await factory.CreateClient().SendAsync(IdentityApiFactory.FromAddress(request, Logins.NewAddress()));

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Username and password are required");
    }

    [Theory]
    [InlineData("""{"username":5,"password":"x"}""", "username")]
    [InlineData("""{"username":"x","password":["x"]}""", "password")]
    [InlineData("""{"username":"x","password":"x","turnstileToken":{}}""", "turnstileToken")]
    public async Task Login_WhenAFieldHasTheWrongJsonType_ShouldAnswer400NamingIt(string json, string field)
    {
        var response = await factory.CreateClient().PostAsync(
            "/api/auth/login", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Login_WhenUsernameIsLongerThanAnyEmail_ShouldAnswer400NamingIt()
    {
        var response = await Logins.PostAsync(factory.CreateClient(), new string('a', 256), "secret");

        await AuthenticationTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "Username must be 255 characters or less");
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty("username", out _));
    }

    [Fact]
    public async Task Login_WhenFiveFailuresInARow_ShouldLockTheUsernameWith429AndRetryAfter()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failure = await Logins.PostAsync(client, user.Username, "wrong");
            await AuthenticationTests.AssertErrorAsync(
                failure, HttpStatusCode.Unauthorized, $"Invalid credentials. Failed attempts: {attempt}/5");
        }

        var fifth = await Logins.PostAsync(client, user.Username, "wrong");
        var withRightPassword = await Logins.PostAsync(client, user.Username.ToUpperInvariant(), user.Password);

        await AuthenticationTests.AssertErrorAsync(
            fifth,
            HttpStatusCode.TooManyRequests,
            "Account temporarily locked due to too many failed login attempts. Try again in 900 seconds.");
        Assert.Equal(TimeSpan.FromSeconds(900), fifth.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, withRightPassword.StatusCode);
        var message = (await JsonShape.ReadBodyAsync(withRightPassword)).GetProperty("message").GetString();
        Assert.Matches(
            @"^Account temporarily locked due to too many failed login attempts\. Try again in (89\d|900) seconds\. \(Max 5 attempts per 15 minutes\)$",
            message);
        Assert.InRange(withRightPassword.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 890, 900);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Login_WhenLockedUnderOneIdentifier_ShouldBeLockedUnderTheOtherToo(bool failWithEmail)
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var (failed, other) = failWithEmail ? (user.Email, user.Username) : (user.Username, user.Email);
        var client = factory.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Logins.PostAsync(client, failed, "wrong");
        }

        var withRightPassword = await Logins.PostAsync(client, other, user.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, withRightPassword.StatusCode);
    }

    [Fact]
    public async Task Login_WhenOneAddressFailsWithManyUsernames_ShouldLockThatAddressOnly()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient();
        var attacker = Logins.NewAddress();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Logins.PostAsync(client, IdentityData.UniqueName("guess"), "wrong", attacker);
        }

        var fromAttacker = await Logins.PostAsync(client, user.Username, user.Password, attacker);
        var fromElsewhere = await Logins.PostAsync(client, user.Username, user.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fromAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Login_WhenSuccessful_ShouldResetTheUsernamesCounter()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        var client = factory.CreateClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Logins.PostAsync(client, user.Username, "wrong");
        }

        Assert.Equal(HttpStatusCode.OK, (await Logins.PostAsync(client, user.Username, user.Password)).StatusCode);
        var next = await Logins.PostAsync(client, user.Username, "wrong");

        await AuthenticationTests.AssertErrorAsync(next, HttpStatusCode.Unauthorized, "Invalid credentials. Failed attempts: 1/5");
    }

    [Fact]
    public async Task Login_WhenManyFailuresArriveAtOnce_ShouldCountEveryOneCheckedAndLock()
    {
        var username = IdentityData.UniqueName("burst");
        var client = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Logins.PostAsync(client, username, "wrong")));

        var (count, lockedUntil) = await factory.QueryDbAsync(async context =>
        {
            var attempt = await context.Set<LoginAttempt>()
                .SingleAsync(a => a.Key == $"id:{username.ToLowerInvariant()}");
            return (attempt.FailureCount, attempt.LockedUntil);
        });
        // Those that arrive once the lock is set are refused before they are counted, as one after another would be.
        Assert.InRange(count, LoginLockout.MaxAttempts, 8);
        Assert.NotNull(lockedUntil);
    }

    [Fact]
    public async Task Login_WhenTrustProxyIsUnset_ShouldCountAForwardedForOnTheConnectionsOwnAddress()
    {
        await using var untrusted = factory.WithWebHostBuilder(b => b.UseSetting(TrustedProxies.ConfigurationKey, ""));
        var claimed = Logins.NewAddress();
        var connection = LoginLockout.AddressKey(IdentityApiFactory.LocalProxy);

        var response = await Logins.PostAsync(untrusted.CreateClient(), IdentityData.UniqueName("spoof"), "wrong", claimed);

        var keys = await factory.QueryDbAsync(context => context.Set<LoginAttempt>()
            .Where(a => a.Key == connection || a.Key == LoginLockout.AddressKey(claimed))
            .Select(a => a.Key)
            .ToListAsync());
        // The failure counted on the connection's address stays for the window: take it back for the other tests.
        await factory.QueryDbAsync(context => context.Set<LoginAttempt>().Where(a => a.Key == connection).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal([connection], keys);
    }

    [Fact]
    public async Task Login_WhenLockedThroughOneInstance_ShouldBeLockedOnAnother()
    {
        var user = await factory.CreateUserAsync(isAdmin: true);
        await using var secondHost = new SecondHostApiFactory(factory);
        var first = factory.CreateClient();
        var second = secondHost.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Logins.PostAsync(attempt % 2 == 0 ? first : second, user.Username, "wrong");
        }

        var response = await Logins.PostAsync(second, user.Username, user.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Login_WhenNonAdminBelongsToNoActiveProject_ShouldAnswer403()
    {
        var user = await factory.CreateUserAsync();
        var inactive = await factory.CreateProjectAsync(isActive: false);
        await factory.AddMemberAsync(inactive, user);

        var response = await Logins.PostAsync(factory.CreateClient(), user.Username, user.Password);

        await AuthenticationTests.AssertErrorAsync(
            response,
            HttpStatusCode.Forbidden,
            "Access denied: You are not a member of any project. Please contact your system administrator.");
    }

    [Fact]
    public async Task Login_WhenNonAdminBelongsToAnActiveProject_ShouldSucceed()
    {
        var user = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: user);

        var response = await Logins.PostAsync(factory.CreateClient(), user.Username, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("data").GetProperty("user").GetProperty("isAdmin").GetBoolean());
    }

    [Fact]
    public async Task Login_WhenNoCaptchaIsConfigured_ShouldNotAskForAChallengeToken()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await Logins.PostAsync(factory.CreateClient(), new { username = admin.Username, password = admin.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
