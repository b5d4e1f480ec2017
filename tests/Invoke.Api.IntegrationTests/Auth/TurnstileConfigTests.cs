using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Invoke.Api.IntegrationTests.Auth;

[Collection(ApiCollection.Name)]
public sealed class TurnstileConfigTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Get_WhenNoSiteKeyIsConfigured_ShouldReturnCloudflaresTestKeyLikeTheOriginal()
    {
        var original = WireExample.Load("02-turnstile-config.json");
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/turnstile-config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.Equal(JsonSerializer.Serialize(original.Body), JsonSerializer.Serialize(body));
    }

    [Fact]
    public async Task Get_WhenTurnstileSiteKeyIsSet_ShouldReturnIt()
    {
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("TURNSTILE_SITE_KEY", "0x4AAAAAAAexample"));
        var client = configured.CreateClient();

        var body = await JsonShape.ReadBodyAsync(await client.GetAsync("/api/turnstile-config"));

        Assert.Equal("0x4AAAAAAAexample", body.GetProperty("siteKey").GetString());
    }
}
