using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ErrorHandling;

/// <summary>The original's 1 MB limit on JSON bodies, and the caps on the fields every list returns.</summary>
[Collection(FunctionsCollection.Name)]
public sealed class RequestBodyLimitTests(InvokeApiFactory factory)
{
    private const int OverOneMegabyte = 1024 * 1024 + 1;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Patch_WhenTheJsonBodyIsOver1MB_ShouldAnswer413AndKeepTheDescription(bool announceLength)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await DescriptionAsync(client, functionId);
        var json = JsonSerializer.Serialize(new { description = new string('x', OverOneMegabyte) });
        var content = new JsonBody(Encoding.UTF8.GetBytes(json), announceLength);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/functions/{functionId}") { Content = content };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await DescriptionAsync(client, functionId));
    }

    [Fact]
    public async Task Patch_WhenTheDescriptionIsOverItsCap_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(
            HttpMethod.Patch, $"/api/functions/{functionId}",
            JsonSerializer.Serialize(new { description = new string('x', 10_001) }));

        await response.AssertNamesFieldAsync("description");
    }

    [Fact]
    public async Task PostVariable_WhenTheValueIsOverItsCap_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/functions/{functionId}/environment-variables",
            JsonSerializer.Serialize(new { variable_name = "BIG", variable_value = new string('x', 32_769) }));

        await response.AssertNamesFieldAsync("variable_value");
    }

    private static async Task<string?> DescriptionAsync(HttpClient client, Guid functionId) =>
        (await (await client.GetAsync($"/api/functions/{functionId}")).AssertSuccessAsync())
        .GetProperty("data").GetProperty("description").GetString();

    /// <summary>With <c>announceLength</c> false it is sent chunked, as a client streaming its body would.</summary>
    private sealed class JsonBody(byte[] bytes, bool announceLength) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return announceLength;
        }
    }
}
