using System.Net;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Health;

[Collection(ApiCollection.Name)]
public sealed class HealthEndpointTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Get_WhenDatabaseAnswers_ShouldReturn200HealthyWithDatabaseOk()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["status", "service", "timestamp", "database"], JsonShape.PropertyNames(body));
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("invoke-admin", body.GetProperty("service").GetString());
        Assert.Equal("ok", body.GetProperty("database").GetString());
        Assert.Matches(JsonShape.IsoTimestampPattern, body.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Get_ShouldKeepTheOriginalsMembersInOrder()
    {
        var original = WireExample.Load("01-health.json");
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(original.Status, (int)response.StatusCode);
        JsonShape.AssertExtends(original.Body, await JsonShape.ReadBodyAsync(response));
    }
}
