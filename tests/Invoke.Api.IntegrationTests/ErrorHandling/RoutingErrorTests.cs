using System.Net;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.ErrorHandling;

[Collection(ApiCollection.Name)]
public sealed class RoutingErrorTests(InvokeApiFactory factory)
{
    private static readonly string[] ErrorMembers =
        ["success", "data", "message", "statusCode", "timestamp", "error", "type", "title", "status", "detail", "instance", "traceId"];

    [Fact]
    public async Task UnknownApiRoute_ShouldReturn404EnvelopeWithProblemDetailsMembers()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(ErrorMembers, JsonShape.PropertyNames(body));
        JsonShape.AssertExtends(WireExample.Load("07-me-no-auth.json").Body, body);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Not found", body.GetProperty("message").GetString());
        Assert.Equal(404, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal("Not Found", body.GetProperty("title").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.5", body.GetProperty("type").GetString());
        Assert.Equal("/api/no-such-thing", body.GetProperty("instance").GetString());
        Assert.Matches(JsonShape.IsoTimestampPattern, body.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task WrongMethodOnAKnownRoute_ShouldReturn405EnvelopeLikeTheOriginal()
    {
        var original = WireExample.Load("26-function-put-405.json");
        var client = factory.CreateClient();

        var response = await client.PutAsync("/api/health", null);

        Assert.Equal(original.Status, (int)response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("Method not allowed", body.GetProperty("message").GetString());
        Assert.Equal(405, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(["GET"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task UnknownRouteOutsideApi_ShouldNotGetTheEnvelope()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }
}
