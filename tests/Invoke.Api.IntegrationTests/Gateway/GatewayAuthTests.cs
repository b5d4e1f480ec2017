using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Execution;
using Invoke.Domain.ApiGateway;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Api.IntegrationTests.Gateway;

/// <summary>
/// The four auth kinds of runtime.md §1.6, alone and combined with AND and OR, with right, wrong and missing
/// credentials, and the identity the function receives.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class GatewayAuthTests(ExecutionRoleFactory factory) : IDisposable
{
    private const string Secret = "short-secret";
    private const string Basic = """{"credentials":[{"username":"alice","password":"pa:ss"}],"realm":"Admin Area"}""";
    private const string Keys = """{"apiKeys":["key-1","key-2"]}""";
    private const string FixedJwt = """{"jwtMode":"fixed_secret","jwtSecret":"short-secret","audience":"invoke-tests"}""";

    private readonly LocalJwksServer _idp = new();

    public void Dispose() => _idp.Dispose();

    [Fact]
    public async Task BasicAuth_ShouldChallengeWithTheRealmAndPassTheUserToTheFunction()
    {
        var published = await PublishAsync("/basic", false, ("basic", AuthMethodType.BasicAuth, Basic));

        var missing = await factory.GetFromGatewayAsync(published, "/basic");
        var wrong = await factory.GetFromGatewayAsync(published, "/basic", r => r.Authorize("Basic", Base64("alice:nope")));
        var right = await factory.GetFromGatewayAsync(published, "/basic", r => r.Authorize("Basic", Base64("alice:pa:ss")));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Basic realm=\"Admin Area\"", missing.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("""{"success":false,"message":"Unauthorized"}""", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var headers = (await right.EchoAsync()).GetProperty("headers");
        Assert.Equal("alice", headers.GetProperty("x-invoke-auth-subject").GetString());
        Assert.Equal("basic_auth", headers.GetProperty("x-invoke-auth-type").GetString());
        Assert.False(headers.TryGetProperty("authorization", out _), "the gateway's credential is not the function's");
    }

    [Fact]
    public async Task ApiKey_ShouldBeTakenFromHeaderQueryOrBearer()
    {
        var published = await PublishAsync("/keys", false, ("keys", AuthMethodType.ApiKey, Keys));

        Assert.True((await factory.GetFromGatewayAsync(published, "/keys", r => r.Headers.Add("x-api-key", "key-1"))).IsSuccessStatusCode);
        Assert.True((await factory.GetFromGatewayAsync(published, "/keys", r => r.Authorize("Bearer", "key-2"))).IsSuccessStatusCode);
        var byQuery = await (await factory.GetFromGatewayAsync(published, "/keys?api_key=key-1&x=1")).EchoAsync();
        Assert.False(byQuery.GetProperty("query").TryGetProperty("api_key", out _), "the key does not travel on to the function");
        Assert.Equal("keys", byQuery.GetProperty("headers").GetProperty("x-invoke-auth-subject").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.GetFromGatewayAsync(published, "/keys", r => r.Headers.Add("x-api-key", "key-3"))).StatusCode);
    }

    [Fact]
    public async Task ClientSuppliedIdentityHeaders_ShouldNeverReachTheFunction()
    {
        var published = await PublishAsync("/public", false);

        var echo = await (await factory.GetFromGatewayAsync(published, "/public", r => r.Headers.Add("x-invoke-auth-subject", "root"))).EchoAsync();

        Assert.False(echo.GetProperty("headers").TryGetProperty("x-invoke-auth-subject", out _));
    }

    [Fact]
    public async Task FixedSecretJwt_ShouldCheckSignatureExpiryAndAudience()
    {
        var published = await PublishAsync("/jwt", false, ("jwt", AuthMethodType.BearerJwt, FixedJwt));

        var valid = await factory.GetFromGatewayAsync(published, "/jwt", r => r.Authorize("Bearer", Hs256("bob", "invoke-tests", TimeSpan.FromMinutes(5))));
        var expired = await factory.GetFromGatewayAsync(published, "/jwt", r => r.Authorize("Bearer", Hs256("bob", "invoke-tests", TimeSpan.FromMinutes(-1))));
        var otherAudience = await factory.GetFromGatewayAsync(published, "/jwt", r => r.Authorize("Bearer", Hs256("bob", "someone-else", TimeSpan.FromMinutes(5))));
        var otherSecret = await factory.GetFromGatewayAsync(published, "/jwt", r => r.Authorize("Bearer", Hs256("bob", "invoke-tests", TimeSpan.FromMinutes(5), "another-secret")));

        var headers = (await valid.EchoAsync()).GetProperty("headers");
        Assert.Equal("bob", headers.GetProperty("x-invoke-auth-subject").GetString());
        Assert.Equal("invoke-tests", JsonDocument.Parse(headers.GetProperty("x-invoke-auth-claims").GetString()!).RootElement.GetProperty("aud").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherSecret.StatusCode);
    }

    [Fact]
    public async Task JwksEndpoint_ShouldFollowAKeyRotationAndRefuseHmacTokens()
    {
        var config = $$"""{"jwtMode":"jwks_endpoint","jwksUrl":"{{_idp.JwksUrl}}","audience":"invoke-tests","issuer":"https://idp.test"}""";
        var published = await PublishAsync("/jwks", false, ("jwks", AuthMethodType.BearerJwt, config));

        Assert.True((await factory.GetFromGatewayAsync(published, "/jwks", r => r.Authorize("Bearer", _idp.Issue("carol")))).IsSuccessStatusCode);
        var fetches = _idp.KeySetRequests;
        Assert.True((await factory.GetFromGatewayAsync(published, "/jwks", r => r.Authorize("Bearer", _idp.Issue("carol")))).IsSuccessStatusCode);
        Assert.Equal(fetches, _idp.KeySetRequests);

        _idp.Rotate();
        var rotated = await factory.GetFromGatewayAsync(published, "/jwks", r => r.Authorize("Bearer", _idp.Issue("carol")));
        Assert.True(rotated.IsSuccessStatusCode, await rotated.Content.ReadAsStringAsync());

        var wrongAudience = await factory.GetFromGatewayAsync(published, "/jwks", r => r.Authorize("Bearer", _idp.Issue("carol", audience: "other")));
        var hmac = await factory.GetFromGatewayAsync(published, "/jwks", r => r.Authorize("Bearer", Hs256("carol", "invoke-tests", TimeSpan.FromMinutes(5))));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, hmac.StatusCode);
    }

    [Fact]
    public async Task OidcDiscovery_ShouldFindTheKeysThroughTheDiscoveryDocument()
    {
        var config = $$"""{"jwtMode":"oidc_discovery","oidcUrl":"{{_idp.DiscoveryUrl}}"}""";
        var published = await PublishAsync("/oidc", false, ("oidc", AuthMethodType.BearerJwt, config));

        var response = await factory.GetFromGatewayAsync(published, "/oidc", r => r.Authorize("Bearer", _idp.Issue("dave")));

        Assert.Equal("dave", (await response.EchoAsync()).GetProperty("headers").GetProperty("x-invoke-auth-subject").GetString());
    }

    [Fact]
    public async Task Or_ShouldPassWithAnyOneMethod_AndAnd_ShouldNeedEvery()
    {
        var or = await PublishAsync("/or", false, ("keys", AuthMethodType.ApiKey, Keys), ("basic", AuthMethodType.BasicAuth, Basic));
        var and = await PublishAsync("/and", true, ("keys", AuthMethodType.ApiKey, Keys), ("basic", AuthMethodType.BasicAuth, Basic));

        Assert.True((await factory.GetFromGatewayAsync(or, "/or", r => r.Authorize("Basic", Base64("alice:pa:ss")))).IsSuccessStatusCode);
        var orNone = await factory.GetFromGatewayAsync(or, "/or");
        Assert.Equal(HttpStatusCode.Unauthorized, orNone.StatusCode);
        Assert.Equal("Basic realm=\"Admin Area\"", orNone.Headers.WwwAuthenticate.Single().ToString());

        var andOne = await factory.GetFromGatewayAsync(and, "/and", r => r.Headers.Add("x-api-key", "key-1"));
        var andBoth = await factory.GetFromGatewayAsync(and, "/and", r =>
        {
            r.Headers.Add("x-api-key", "key-1");
            r.Authorize("Basic", Base64("alice:pa:ss"));
        });
        Assert.Equal(HttpStatusCode.Unauthorized, andOne.StatusCode);
        Assert.True(andBoth.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Middleware_ShouldAllowOnlyWhenTheFunctionSaysSo()
    {
        const string gate = """
            module.exports = async (req, res) => res.json({ allow: req.body.headers['x-let-me-in'] === 'yes', identity: 'gatekeeper' });
            """;
        var published = await factory.PublishAsync("/guarded", route => route.Update("/guarded", route.FunctionId, ["GET"], true, "or"),
            async (projectId, _) =>
            {
                var middleware = await factory.DeployInAsync(projectId, gate);
                return [("gate", AuthMethodType.Middleware, $$"""{"functionId":"{{middleware.Id}}"}""")];
            });

        var allowed = await factory.GetFromGatewayAsync(published, "/guarded", r => r.Headers.Add("x-let-me-in", "yes"));
        var denied = await factory.GetFromGatewayAsync(published, "/guarded", r => r.Headers.Add("x-let-me-in", "no"));

        Assert.Equal("gatekeeper", (await allowed.EchoAsync()).GetProperty("headers").GetProperty("x-invoke-auth-subject").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
    }

    [Fact]
    public async Task Middleware_OfAnotherProjectStoredBehindTheApisBack_ShouldNeverRun()
    {
        var foreign = await factory.DeployAsync("module.exports = async (req, res) => res.json({ allow: true });");
        var published = await factory.PublishAsync("/foreign", null,
            (_, _) => Task.FromResult<IReadOnlyList<(string, string, string)>>([("gate", AuthMethodType.Middleware, $$"""{"functionId":"{{foreign.Id}}"}""")]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.GetFromGatewayAsync(published, "/foreign")).StatusCode);
    }

    private Task<PublishedRoute> PublishAsync(string path, bool requireAll, params (string Name, string Type, string Config)[] methods) =>
        factory.PublishAsync(
            path,
            route => route.Update(path, route.FunctionId, ["GET", "POST"], true, requireAll ? RouteAuthLogic.And : RouteAuthLogic.Or),
            (_, _) => Task.FromResult<IReadOnlyList<(string, string, string)>>(methods));

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Hs256(string subject, string audience, TimeSpan lifetime, string secret = Secret)
    {
        var now = DateTime.UtcNow;
        // IdentityModel will not sign with a key under 256 bits, so the token is put together by hand, as jsonwebtoken would.
        var header = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}""");
        var exp = new DateTimeOffset(now + lifetime).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"sub":"{{subject}}","aud":"{{audience}}","iat":{{exp - 600}},"exp":{{exp}}}""");
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }
}
