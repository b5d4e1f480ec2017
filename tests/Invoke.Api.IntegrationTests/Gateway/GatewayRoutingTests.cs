using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Execution;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.ApiGateway;
using Invoke.Api.IntegrationTests.Caching;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Gateway;

/// <summary>
/// The gateway role end to end on real sockets: project resolution, matching, methods, what the function receives,
/// status codes of runtime.md §1.8, CORS, rate limits and the route cache.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class GatewayRoutingTests(ExecutionRoleFactory factory)
{
    [Fact]
    public async Task Request_ShouldReachTheFunctionWithThePathSuffixAndTheRouteParametersInTheQuery()
    {
        var published = await factory.PublishAsync("/users/:id");

        var echo = await (await factory.GetFromGatewayAsync(published, "/USERS/4%202/books/x?sort=asc&id=overridden")).EchoAsync();

        Assert.Equal("/books/x", echo.GetProperty("path").GetString());
        Assert.Equal("asc", echo.GetProperty("query").GetProperty("sort").GetString());
        Assert.Equal("4 2", echo.GetProperty("query").GetProperty("id").GetString());
        Assert.Equal("1", echo.GetProperty("headers").GetProperty("x-gateway-request").GetString());
        Assert.Equal("127.0.0.1", echo.GetProperty("headers").GetProperty("x-forwarded-for").GetString());
        Assert.Equal(published.Domain, echo.GetProperty("headers").GetProperty("x-forwarded-host").GetString());
    }

    [Fact]
    public async Task ForwardedFor_FromATrustedProxy_ShouldBeTheClientTheFunctionSees()
    {
        var published = await factory.PublishAsync("/ip");

        var echo = await (await factory.GetFromGatewayAsync(published, "/ip", r => r.Headers.Add("X-Forwarded-For", "203.0.113.9"))).EchoAsync();

        Assert.Equal("203.0.113.9", echo.GetProperty("headers").GetProperty("x-forwarded-for").GetString());
        Assert.Equal("203.0.113.9", echo.GetProperty("headers").GetProperty("x-real-ip").GetString());
        Assert.Equal("203.0.113.9", echo.GetProperty("ip").GetString());
    }

    [Fact]
    public async Task Request_ForAPrefixThatStopsInsideASegment_ShouldAnswer404()
    {
        var published = await factory.PublishAsync("/test");

        var response = await factory.GetFromGatewayAsync(published, "/testing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"success":false,"message":"No route matched"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("/", (await (await factory.GetFromGatewayAsync(published, "/test/")).EchoAsync()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Request_ToAnUnknownHost_ShouldAnswer404()
    {
        var response = await factory.SendToGatewayAsync("nobody.test", HttpMethod.Get, "/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Request_ForAnotherProjectsRoute_ShouldNeverReachIt()
    {
        var mine = await factory.PublishAsync("/mine");
        var theirs = await factory.PublishAsync("/theirs");

        var response = await factory.GetFromGatewayAsync(mine, "/theirs");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await factory.GetFromGatewayAsync(theirs, "/theirs")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Request_WithAMethodTheRouteDoesNotAllow_ShouldAnswer405WithAllow()
    {
        var published = await factory.PublishAsync("/only-get", route => route.Update("/only-get", route.FunctionId, ["GET", "PUT"], true, "or"));

        var response = await factory.SendToGatewayAsync(published.Domain, HttpMethod.Post, "/only-get");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, PUT", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : response.Headers.GetValues("Allow").Single());
        Assert.Equal("""{"success":false,"message":"Method POST not allowed. Allowed: GET, PUT"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FunctionRedirect_ShouldBeReturnedNotFollowed()
    {
        var published = await factory.PublishAsync("/go");

        var response = await factory.GetFromGatewayAsync(published, "/go/redirect");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://127.0.0.1:9/elsewhere", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Body_WithoutContentType_ShouldReachTheFunction()
    {
        var published = await factory.PublishAsync("/upload");

        var response = await factory.SendToGatewayAsync(published.Domain, HttpMethod.Post, "/upload",
            request => request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("raw bytes")));

        Assert.Equal("raw bytes", (await response.EchoAsync()).GetProperty("body").GetString());
    }

    [Fact]
    public async Task Route_WithoutFunction_ShouldAnswer502()
    {
        var published = await factory.PublishAsync("/orphan", route => route.Update("/orphan", null, ["GET"], true, "or"));

        var response = await factory.GetFromGatewayAsync(published, "/orphan");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("""{"success":false,"message":"No upstream function configured for this route"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InactiveProjectsAndFunctions_ShouldNotBeRoutable()
    {
        var project = await factory.PublishAsync("/p");
        var function = await factory.PublishAsync("/f");
        Assert.True((await factory.GetFromGatewayAsync(project, "/p")).IsSuccessStatusCode);

        await Database.ExecuteAsync(factory.ConnectionString, $"UPDATE projects SET is_active = false WHERE id = '{project.Function.ProjectId}'");
        await Database.ExecuteAsync(factory.ConnectionString, $"UPDATE functions SET is_active = false WHERE id = '{function.Function.Id}'");
        await factory.SettleCacheAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.GetFromGatewayAsync(project, "/p")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.GetFromGatewayAsync(function, "/f")).StatusCode);
    }

    [Fact]
    public async Task SlugUrl_OnTheDefaultDomain_ShouldReachTheProject()
    {
        var published = await factory.PublishAsync("/hello");
        var slug = await factory.QueryDbAsync(db => db.Projects.Where(p => p.Id == published.Function.ProjectId).Select(p => p.Slug).SingleAsync());
        await Database.ExecuteAsync(factory.ConnectionString, "UPDATE global_settings SET setting_value = 'Gateway.Example.Test' WHERE setting_key = 'api_gateway_domain'");
        await factory.SettleCacheAsync();

        var echo = await (await factory.SendToGatewayAsync("gateway.example.test:3002", HttpMethod.Get, $"//{slug}/hello/world/")).EchoAsync();

        Assert.Equal("/world", echo.GetProperty("path").GetString());
    }

    [Fact]
    public async Task FunctionTimeout_ShouldAnswer504()
    {
        var published = await factory.PublishAsync("/slow");
        await factory.ExecuteDbAsync(async db =>
        {
            var function = await db.Functions.SingleAsync(f => f.Id == published.Function.Id);
            function.SetCustomLimits(true, 1, false, null);
            await db.SaveChangesAsync();
        });

        var response = await factory.GetFromGatewayAsync(published, "/slow/hang");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
    }

    [Fact]
    public async Task RouteDeletedWithPlainSql_ShouldNotBeServedOnceTheNotificationArrived()
    {
        var published = await factory.PublishAsync("/doomed");
        Assert.True((await factory.GetFromGatewayAsync(published, "/doomed")).IsSuccessStatusCode);

        await Database.ExecuteAsync(factory.ConnectionString, $"DELETE FROM api_gateway_routes WHERE id = '{published.Route.Id}'");
        await factory.SettleCacheAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.GetFromGatewayAsync(published, "/doomed")).StatusCode);
    }

    [Fact]
    public async Task RateLimit_ShouldAnswer429WithRetryAfterOnceTheWindowIsUsedUp()
    {
        var published = await factory.PublishAsync("/limited", route => route.LimitRate(2, 60));

        Assert.True((await factory.GetFromGatewayAsync(published, "/limited")).IsSuccessStatusCode);
        Assert.True((await factory.GetFromGatewayAsync(published, "/limited")).IsSuccessStatusCode);
        var refused = await factory.GetFromGatewayAsync(published, "/limited");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task Health_ShouldReportTheRoutingTable()
    {
        await factory.PublishAsync("/counted");

        var response = await factory.SendToGatewayAsync("anything.test", HttpMethod.Get, "/health");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("invoke-gateway", body.GetProperty("service").GetString());
        Assert.True(body.GetProperty("cache").GetProperty("routeCount").GetInt32() >= 1);
        Assert.True(body.GetProperty("cache").GetProperty("customDomainCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Cors_ShouldEchoAListedOriginAndIgnoreOthers()
    {
        var published = await factory.PublishAsync("/cors", route => route.ConfigureCors(true, ["https://app.test"], [], ["X-Total"], 600, true));

        var allowed = await factory.GetFromGatewayAsync(published, "/cors", r => r.Headers.Add("Origin", "https://app.test"));
        var denied = await factory.GetFromGatewayAsync(published, "/cors", r => r.Headers.Add("Origin", "https://evil.test"));

        Assert.Equal("https://app.test", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", allowed.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.Equal("X-Total", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Contains("Origin", allowed.Headers.Vary);
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"), "a disallowed origin, and the function's own header, must not pass");
    }

    [Fact]
    public async Task Cors_WithAWildcard_ShouldAllowEveryOriginWithoutCredentials()
    {
        var published = await factory.PublishAsync("/any", route => route.ConfigureCors(true, ["*"], [], [], 0, false));

        var response = await factory.GetFromGatewayAsync(published, "/any", r => r.Headers.Add("Origin", "https://whoever.test"));

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_ShouldBeAnsweredWithTheRoutesMethodsOnly_AndPlainOptionsReachTheFunction()
    {
        var published = await factory.PublishAsync("/pre", route =>
        {
            route.Update("/pre", route.FunctionId, ["GET", "POST"], true, "or");
            route.ConfigureCors(true, ["https://app.test"], [], [], 0, false);
        });

        var preflight = await factory.SendToGatewayAsync(published.Domain, HttpMethod.Options, "/pre", r =>
        {
            r.Headers.Add("Origin", "https://app.test");
            r.Headers.Add("Access-Control-Request-Method", "DELETE");
            r.Headers.Add("Access-Control-Request-Headers", "X-Custom");
        });
        var plain = await factory.SendToGatewayAsync(published.Domain, HttpMethod.Options, "/pre");

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("GET, POST", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Equal("X-Custom", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("86400", preflight.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.Equal("OPTIONS", (await plain.EchoAsync()).GetProperty("method").GetString());
    }

    [Fact]
    public async Task FunctionCorsHeaders_ShouldPassOnlyWhenTheRouteLeavesCorsToTheFunction()
    {
        var published = await factory.PublishAsync("/own");

        var response = await factory.GetFromGatewayAsync(published, "/own/cors", r => r.Headers.Add("Origin", "https://app.test"));

        Assert.Equal("https://function.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task RouteChange_ThroughTheAdminApi_ShouldBeLiveOnTheGatewayAtOnce()
    {
        var owner = await factory.CreateUserAsync(isAdmin: true);
        var published = await factory.PublishAsync("/before");
        using var admin = factory.AdminClient().WithJwt(owner);

        var update = await admin.PutAsync($"/api/gateway/routes/{published.Route.Id}?projectId={published.Function.ProjectId}",
            new StringContent("""{"routePath":"/after"}""", Encoding.UTF8, "application/json"));

        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.GetFromGatewayAsync(published, "/before")).StatusCode);
        Assert.True((await factory.GetFromGatewayAsync(published, "/after")).IsSuccessStatusCode);
    }
}
