using System.Text.Json;
using Invoke.Api.IntegrationTests.CrossProject;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Functions;

namespace Invoke.Api.IntegrationTests.Gateway;

/// <summary>
/// The gateway configuration endpoints (admin-api.md §8): who may call them, the original's shapes and messages, and
/// the checks the original lacked (same-project references, 409 for duplicates, compiled paths, normalised domains).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GatewayAdminTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private CrossProjectWorld _world = null!;
    private Guid _functionA;
    private Guid _functionB;
    private string _routeA = null!;
    private string _methodA = null!;
    private string _guardA = null!;

    public static TheoryData<string, string, string?> ProjectAEndpoints => new()
    {
        { "GET", "/api/gateway/config?projectId={projectA}", null },
        { "PUT", "/api/gateway/config?projectId={projectA}", """{"enabled":true}""" },
        { "GET", "/api/gateway/auth-methods?projectId={projectA}", null },
        { "POST", "/api/gateway/auth-methods?projectId={projectA}", """{"name":"x","type":"api_key","config":{"apiKeys":["k"]}}""" },
        { "GET", "/api/gateway/auth-methods/{methodA}?projectId={projectA}", null },
        { "PUT", "/api/gateway/auth-methods/{methodA}?projectId={projectA}", """{"name":"renamed"}""" },
        { "DELETE", "/api/gateway/auth-methods/{methodA}?projectId={projectA}", null },
        { "GET", "/api/gateway/routes?projectId={projectA}", null },
        { "POST", "/api/gateway/routes?projectId={projectA}", """{"routePath":"/new"}""" },
        { "GET", "/api/gateway/routes/{routeA}?projectId={projectA}", null },
        { "PUT", "/api/gateway/routes/{routeA}?projectId={projectA}", """{"routePath":"/moved"}""" },
        { "DELETE", "/api/gateway/routes/{routeA}?projectId={projectA}", null },
        { "PUT", "/api/gateway/routes/reorder?projectId={projectA}", """{"order":[{"id":"{routeA}","sortOrder":5}]}""" },
    };

    public async Task InitializeAsync()
    {
        _world = await CrossProjectWorld.CreateAsync(factory);
        _functionA = await AddFunctionAsync(_world.ProjectA.Id);
        _functionB = await AddFunctionAsync(_world.ProjectB.Id);
        var owner = Client(_world.OwnerA);
        var method = await (await owner.SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            """{"name":"keys","type":"api_key","config":{"apiKeys":["k1"]}}""")).AssertSuccessAsync(201);
        _methodA = method.GetProperty("data").GetProperty("id").GetString()!;
        var guard = await (await owner.SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            """{"name":"route-guard","type":"api_key","config":{"apiKeys":["k2"]}}""")).AssertSuccessAsync(201);
        _guardA = guard.GetProperty("data").GetProperty("id").GetString()!;
        var route = await (await owner.SendJsonAsync(HttpMethod.Post, $"/api/gateway/routes?projectId={_world.ProjectA.Id}",
            $$"""{"routePath":"/users/:id","functionId":"{{_functionA}}","authMethodIds":["{{_guardA}}"]}""")).AssertSuccessAsync(201);
        _routeA = route.GetProperty("data").GetProperty("id").GetString()!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(ProjectAEndpoints))]
    public async Task Endpoint_WhenCalledByAnotherProjectsOwner_ShouldAnswer403AndChangeNothing(string method, string path, string? body) =>
        await CrossProjectAssert.DeniedAsync(
            factory, Client(_world.Outsider), _world, new HttpMethod(method), Resolve(path), body is null ? null : Resolve(body),
            "Access denied: not a member of this project", [403]);

    [Theory]
    [MemberData(nameof(ProjectAEndpoints))]
    public async Task Endpoint_WhenCalledByADeveloperOfTheProject_ShouldSucceed(string method, string path, string? body)
    {
        var response = await Client(_world.DeveloperA).SendJsonAsync(new HttpMethod(method), _world.Resolve(Resolve(path)), body is null ? null : Resolve(body));
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Endpoints_WithAUserApiKey_ShouldServeTheMember()
    {
        var key = await factory.CreateApiKeyAsync(_world.OwnerA);
        var response = await factory.CreateClient().WithApiKey(key).GetAsync($"/api/gateway/routes?projectId={_world.ProjectA.Id}");
        var body = await response.AssertSuccessAsync();
        Assert.Equal("Routes retrieved", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Requests_WithoutProjectId_ShouldAnswer400()
    {
        var response = await Client(_world.OwnerA).GetAsync("/api/gateway/routes");
        await response.AssertErrorAsync(400, "projectId query parameter is required");
    }

    [Fact]
    public async Task GetConfig_OfAProjectWithoutGateway_ShouldAnswerTheOriginalsDefault()
    {
        var body = await (await Client(_world.Outsider).GetAsync($"/api/gateway/config?projectId={_world.ProjectB.Id}")).AssertSuccessAsync();
        Assert.Equal("""{"enabled":false,"customDomain":null}""", body.GetProperty("data").GetRawText());
        Assert.Equal("Gateway config retrieved", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ListRoutes_ShouldAnswerTheOriginalsItemShape()
    {
        var body = await (await Client(_world.OwnerA).GetAsync($"/api/gateway/routes?projectId={_world.ProjectA.Id}")).AssertSuccessAsync();
        var route = body.GetProperty("data").EnumerateArray().Single(r => r.GetProperty("id").GetString() == _routeA);
        Assert.Equal(
            ["id", "routePath", "functionId", "functionName", "allowedMethods", "sortOrder", "isActive", "createdAt", "updatedAt",
             "corsSettings", "authMethodIds", "authMethodNames", "authLogic", "rateLimit"],
            route.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/users/:id", route.GetProperty("routePath").GetString());
        Assert.Equal("""["GET","POST"]""", route.GetProperty("allowedMethods").GetRawText());
        Assert.Equal("""{"enabled":false,"allowedOrigins":[],"allowedHeaders":[],"exposeHeaders":[],"maxAge":86400,"allowCredentials":false}""",
            route.GetProperty("corsSettings").GetRawText());
        Assert.Equal($"""["{_guardA}"]""", route.GetProperty("authMethodIds").GetRawText());
        Assert.Equal("""["route-guard"]""", route.GetProperty("authMethodNames").GetRawText());
        Assert.Equal("or", route.GetProperty("authLogic").GetString());
    }

    [Fact]
    public async Task CreateRoute_WithAFunctionOfAnotherProject_ShouldAnswer400()
    {
        var response = await PostRouteAsync($$"""{"routePath":"/steal","functionId":"{{_functionB}}"}""");
        await response.AssertErrorAsync(400, "functionId must be a function of this project");
    }

    [Fact]
    public async Task CreateRoute_WithAnAuthMethodOfAnotherProject_ShouldAnswer400()
    {
        var methodB = await (await Client(_world.Outsider).SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectB.Id}",
            """{"name":"b","type":"api_key","config":{"apiKeys":["b"]}}""")).AssertSuccessAsync(201);
        var idB = methodB.GetProperty("data").GetProperty("id").GetString();
        var response = await PostRouteAsync($$"""{"routePath":"/mixed","authMethodIds":["{{idB}}"]}""");
        await response.AssertErrorAsync(400, "authMethodIds must be auth methods of this project");
    }

    [Fact]
    public async Task CreateAuthMethod_WithAMiddlewareOfAnotherProject_ShouldAnswer400()
    {
        var response = await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            $$$"""{"name":"mw","type":"middleware","config":{"functionId":"{{{_functionB}}}"}}""");
        await response.AssertErrorAsync(400, "Invalid config: middleware functionId must be a function of this project");
    }

    [Fact]
    public async Task CreateRoute_WithADuplicatePath_ShouldAnswer409()
    {
        var response = await PostRouteAsync("""{"routePath":"/users/:id"}""");
        await response.AssertErrorAsync(409, "A route with this path already exists in this project");
    }

    [Fact]
    public async Task CreateAuthMethod_WithADuplicateName_ShouldAnswer409()
    {
        var response = await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            """{"name":"keys","type":"api_key","config":{"apiKeys":["other"]}}""");
        await response.AssertErrorAsync(409, "An auth method with this name already exists in this project");
    }

    [Theory]
    [InlineData("/files/*", "Unexpected MODIFIER at 7, expected END")]
    [InlineData("/orders/:id((\\\\d+)", "Capturing groups are not allowed at 12")]
    [InlineData("/:", "Missing parameter name at 1")]
    public async Task CreateRoute_WithAPathPathToRegexpRefuses_ShouldAnswer400NamingTheProblem(string path, string problem)
    {
        var response = await PostRouteAsync($$"""{"routePath":"{{path}}"}""");
        var body = await response.AssertErrorAsync(400, $"route_path is not a valid path pattern: {problem}");
        Assert.True(body.GetProperty("errors").TryGetProperty("route_path", out _));
    }

    [Fact]
    public async Task CreateRoute_WithCredentialsForEveryOrigin_ShouldAnswer400()
    {
        var response = await PostRouteAsync("""{"routePath":"/cors","corsSettings":{"enabled":true,"allowedOrigins":["*"],"allowCredentials":true}}""");
        await response.AssertErrorAsync(400, "allowCredentials needs an explicit list of allowedOrigins, not * or an empty list");
    }

    [Fact]
    public async Task CustomDomain_ShouldBeStoredNormalisedAndBelongToOneProjectOnly()
    {
        var domain = $"{IdentityData.UniqueName("api")}.example.test";
        var body = await (await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Put, $"/api/gateway/config?projectId={_world.ProjectA.Id}",
            $$"""{"enabled":true,"customDomain":"HTTPS://{{domain.ToUpperInvariant()}}:8443/"}""")).AssertSuccessAsync();
        Assert.Equal(domain, body.GetProperty("data").GetProperty("customDomain").GetString());
        Assert.True(body.GetProperty("data").GetProperty("enabled").GetBoolean());

        var taken = await Client(_world.Outsider).SendJsonAsync(HttpMethod.Put, $"/api/gateway/config?projectId={_world.ProjectB.Id}",
            $$"""{"enabled":true,"customDomain":"http://{{domain}}"}""");
        await taken.AssertErrorAsync(409, "Custom domain is already in use by another project");
    }

    [Fact]
    public async Task CustomDomain_ThatIsNoHostName_ShouldAnswer400()
    {
        var response = await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Put, $"/api/gateway/config?projectId={_world.ProjectA.Id}",
            """{"enabled":true,"customDomain":"not a domain!"}""");
        await response.AssertErrorAsync(400);
    }

    [Theory]
    [InlineData("""{"type":"api_key","config":{"apiKeys":["k"]}}""", "name is required")]
    [InlineData("""{"name":"n","type":"oauth","config":{}}""", "type must be basic_auth, bearer_jwt, api_key, or middleware")]
    [InlineData("""{"name":"n","type":"basic_auth","config":[]}""", "Invalid config: config must be an object")]
    [InlineData("""{"name":"n","type":"basic_auth","config":{"credentials":[{"username":"u"}]}}""", "Invalid config: each credential must have a password")]
    [InlineData("""{"name":"n","type":"bearer_jwt","config":{"jwtMode":"magic"}}""", "Invalid config: jwtMode must be one of: fixed_secret, microsoft, google, github, jwks_endpoint, oidc_discovery")]
    [InlineData("""{"name":"n","type":"bearer_jwt","config":{"jwtMode":"jwks_endpoint","jwksUrl":"ftp://x"}}""", "Invalid config: jwksUrl must be a valid URL")]
    [InlineData("""{"name":"n","type":"api_key","config":{"apiKeys":[" "]}}""", "Invalid config: each apiKey must be a non-empty string")]
    public async Task CreateAuthMethod_WithABadBody_ShouldAnswerTheOriginalsMessage(string body, string message)
    {
        var response = await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}", body);
        await response.AssertErrorAsync(400, message);
    }

    [Fact]
    public async Task CreateAuthMethod_ForAProviderWithoutAudience_ShouldWarn()
    {
        var body = await (await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            """{"name":"google-any","type":"bearer_jwt","config":{"jwtMode":"google"}}""")).AssertSuccessAsync(201);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("any token", body.GetProperty("data").GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public async Task DeleteAuthMethod_StillProtectingARoute_ShouldAnswer409()
    {
        var owner = Client(_world.OwnerA);
        var method = await (await owner.SendJsonAsync(HttpMethod.Post, $"/api/gateway/auth-methods?projectId={_world.ProjectA.Id}",
            """{"name":"guard","type":"api_key","config":{"apiKeys":["g"]}}""")).AssertSuccessAsync(201);
        var id = method.GetProperty("data").GetProperty("id").GetString();
        await (await PostRouteAsync($$"""{"routePath":"/guarded","authMethodIds":["{{id}}"]}""")).AssertSuccessAsync(201);

        var response = await owner.DeleteAsync($"/api/gateway/auth-methods/{id}?projectId={_world.ProjectA.Id}");
        await response.AssertErrorAsync(409);
    }

    [Fact]
    public async Task UpdateRoute_ShouldChangeOnlyTheGivenFields()
    {
        var owner = Client(_world.OwnerA);
        var created = await (await PostRouteAsync($$"""{"routePath":"/orig","functionId":"{{_functionA}}","allowedMethods":["GET"]}""")).AssertSuccessAsync(201);
        var id = created.GetProperty("data").GetProperty("id").GetString();
        Assert.Equal(["id", "routePath", "functionId", "allowedMethods", "sortOrder", "isActive", "createdAt"],
            created.GetProperty("data").EnumerateObject().Select(p => p.Name));

        await (await owner.SendJsonAsync(HttpMethod.Put, $"/api/gateway/routes/{id}?projectId={_world.ProjectA.Id}",
            """{"authLogic":"and","corsSettings":{"enabled":true,"allowedOrigins":["https://a.test"]},"rateLimit":{"requests":5,"windowSeconds":60}}"""))
            .AssertSuccessAsync();

        var route = (await (await owner.GetAsync($"/api/gateway/routes/{id}?projectId={_world.ProjectA.Id}")).AssertSuccessAsync()).GetProperty("data");
        Assert.Equal("/orig", route.GetProperty("routePath").GetString());
        Assert.Equal(_functionA.ToString(), route.GetProperty("functionId").GetString());
        Assert.Equal("""["GET"]""", route.GetProperty("allowedMethods").GetRawText());
        Assert.Equal("and", route.GetProperty("authLogic").GetString());
        Assert.Equal("""["https://a.test"]""", route.GetProperty("corsSettings").GetProperty("allowedOrigins").GetRawText());
        Assert.Equal("""{"requests":5,"windowSeconds":60}""", route.GetProperty("rateLimit").GetRawText());
    }

    [Fact]
    public async Task Reorder_WithARouteOfAnotherProject_ShouldAnswer403()
    {
        var routeB = await (await Client(_world.Outsider).SendJsonAsync(HttpMethod.Post, $"/api/gateway/routes?projectId={_world.ProjectB.Id}",
            """{"routePath":"/b"}""")).AssertSuccessAsync(201);
        var idB = routeB.GetProperty("data").GetProperty("id").GetString();
        var response = await Client(_world.OwnerA).SendJsonAsync(HttpMethod.Put, $"/api/gateway/routes/reorder?projectId={_world.ProjectA.Id}",
            $$"""{"order":[{"id":"{{_routeA}}","sortOrder":1},{"id":"{{idB}}","sortOrder":0}]}""");
        await response.AssertErrorAsync(403, "One or more route IDs do not belong to this project");
    }

    private string Resolve(string template) =>
        template.Replace("{routeA}", _routeA, StringComparison.Ordinal).Replace("{methodA}", _methodA, StringComparison.Ordinal);

    private HttpClient Client(TestUser user) => factory.CreateClientFor(user);

    private Task<HttpResponseMessage> PostRouteAsync(string body) =>
        Client(_world.OwnerA).SendJsonAsync(HttpMethod.Post, $"/api/gateway/routes?projectId={_world.ProjectA.Id}", body);

    private async Task<Guid> AddFunctionAsync(Guid projectId)
    {
        var function = Function.Create(projectId, IdentityData.UniqueName("fn"), null, deployedBy: null);
        await factory.ExecuteDbAsync(async db =>
        {
            db.Functions.Add(function);
            await db.SaveChangesAsync();
        });
        return function.Id;
    }
}
