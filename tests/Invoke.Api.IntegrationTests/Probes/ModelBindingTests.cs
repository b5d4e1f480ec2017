using System.Net;
using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Probes;

public sealed class ModelBindingTests(ProbeApiFactory factory) : IClassFixture<ProbeApiFactory>
{
    [Theory]
    [InlineData("{\"name\": ", "body", "The request body is not valid JSON.")]
    [InlineData("{\"items\": [1, 2}", "body", "The request body is not valid JSON.")]
    [InlineData("", "body", "A non-empty request body is required.")]
    [InlineData("[1]", "body", "The request body has the wrong JSON type.")]
    [InlineData("{\"project_id\": \"not-a-uuid\"}", "project_id", "The value of 'project_id' is not valid.")]
    [InlineData("{\"count\": \"many\"}", "count", "The value of 'count' is not valid.")]
    [InlineData("{\"name\": 5}", "name", "The value of 'name' is not valid.")]
    public async Task Post_WhenTheBodyCannotBeBound_ShouldReturn400EnvelopeNamingTheField(
        string json, string field, string message)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/probe/items", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(message, body.GetProperty("message").GetString());
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("One or more validation errors occurred.", body.GetProperty("title").GetString());
        var errors = body.GetProperty("errors");
        Assert.Equal([field], JsonShape.PropertyNames(errors));
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Get_WhenTheRouteIdIsNotAUuid_ShouldReturn400NamingId()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/probe/items/abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("The value 'abc' is not valid for 'id'.", body.GetProperty("message").GetString());
        Assert.Equal(["id"], JsonShape.PropertyNames(body.GetProperty("errors")));
    }

    [Fact]
    public async Task Get_WhenAQueryValueHasTheWrongType_ShouldReturn400NamingIt()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/probe/items/{Guid.Empty}?limit=ten");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["limit"], JsonShape.PropertyNames(body.GetProperty("errors")));
    }

    [Fact]
    public async Task Post_WhenTheContentTypeIsNotJson_ShouldReturn415Envelope()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/probe/items", new StringContent("{}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Unsupported media type", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Envelope_WhenActionChoosesBothStatuses_ShouldAnswerHttp201WithStatusCode200InTheBody()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(
            "/api/probe/items",
            new StringContent("{\"project_id\": null, \"name\": \"demo\", \"count\": 3}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(["success", "data", "message", "statusCode", "timestamp"], JsonShape.PropertyNames(body));
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("demo", body.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Probe created", body.GetProperty("message").GetString());
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Matches(JsonShape.IsoTimestampPattern, body.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Action_WhenItReturnsABareStatusResult_ShouldStillAnswerWithTheEnvelope()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/probe/bare-not-found");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Not found", body.GetProperty("message").GetString());
        Assert.Equal(404, body.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Action_WhenItThrowsAnApplicationException_ShouldReachTheCentralHandler()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/probe/not-found");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Probe not found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Action_WhenItCrashes_ShouldReturn500WithoutAnyDetail()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/probe/crash");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain(nameof(InvalidOperationException), text);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal("Internal server error", body.GetProperty("message").GetString());
    }
}
