using System.Net;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Health;

public sealed class UnreachableDatabaseTests(UnreachableDatabaseApiFactory factory)
    : IClassFixture<UnreachableDatabaseApiFactory>
{
    [Fact]
    public async Task Get_WhenDatabaseIsUnreachable_ShouldReturn503UnhealthyWithDatabaseUnreachable()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["status", "service", "timestamp", "database"], JsonShape.PropertyNames(body));
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("invoke-admin", body.GetProperty("service").GetString());
        Assert.Equal("unreachable", body.GetProperty("database").GetString());
    }
}
