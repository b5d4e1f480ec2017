using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Swagger;

[Collection(ApiCollection.Name)]
public sealed class SwaggerTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Ui_ShouldBeServedAtSwagger()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Document_ShouldDescribeEveryControllerAction()
    {
        var client = factory.CreateClient();
        var actions = factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()
            .ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Select(d => ("/" + d.RelativePath, d.HttpMethod!.ToLowerInvariant()))
            .ToArray();

        var document = await ReadDocumentAsync(client);

        Assert.NotEmpty(actions);
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in actions)
        {
            Assert.True(
                paths.TryGetProperty(path, out var operations) && operations.TryGetProperty(method, out _),
                $"{method.ToUpperInvariant()} {path} is missing from swagger.json");
        }
    }

    [Fact]
    public async Task Document_ShouldDeclareJwtBearerAndApiKeySchemes()
    {
        var client = factory.CreateClient();

        var schemes = (await ReadDocumentAsync(client)).GetProperty("components").GetProperty("securitySchemes");

        var bearer = schemes.GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Equal("JWT", bearer.GetProperty("bearerFormat").GetString());
        var apiKey = schemes.GetProperty("ApiKey");
        Assert.Equal("apiKey", apiKey.GetProperty("type").GetString());
        Assert.Equal("header", apiKey.GetProperty("in").GetString());
        Assert.Equal("x-api-key", apiKey.GetProperty("name").GetString());
    }

    private static async Task<JsonElement> ReadDocumentAsync(HttpClient client)
    {
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonShape.ReadBodyAsync(response);
    }
}
