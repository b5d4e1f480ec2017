using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.CliCompatibility;

/// <summary>The newest original CLI resolves <c>--project</c> with <c>GET /api/projects?slug=</c>, then <c>?name=</c>.</summary>
[Collection(FunctionsCollection.Name)]
public sealed class ProjectLookupTests(InvokeApiFactory factory)
{
    [Theory]
    [InlineData("slug")]
    [InlineData("name")]
    public async Task Get_WithASlugOrName_ShouldAnswerABareArrayOfThatProject(string parameter)
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        await factory.CreateProjectAsync(owner: user);
        var value = parameter == "slug" ? project.Slug : project.Name;

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .GetAsync($"/api/projects?{parameter}={Uri.EscapeDataString(value)}");

        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var row = Assert.Single(body.EnumerateArray());
        Assert.Equal(["id", "name", "slug", "description", "is_active"], JsonShape.PropertyNames(row));
        Assert.Equal((project.Id, project.Name, project.Slug, true), (
            row.GetProperty("id").GetGuid(), row.GetProperty("name").GetString(), row.GetProperty("slug").GetString(),
            row.GetProperty("is_active").GetBoolean()));
    }

    [Fact]
    public async Task Get_ShouldListOnlyTheCallersProjectsNewestFirst()
    {
        var user = await factory.CreateUserAsync();
        var older = await factory.CreateProjectAsync(owner: user);
        var newer = await factory.CreateProjectAsync(owner: user);
        var foreign = await factory.CreateProjectAsync();

        var body = await JsonShape.ReadBodyAsync(await factory.CreateClientFor(user).GetAsync("/api/projects"));

        Assert.Equal([newer.Id, older.Id], body.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Empty(await Found(user, $"slug={foreign.Slug}"));
    }

    private async Task<JsonElement.ArrayEnumerator> Found(TestUser user, string query) =>
        (await JsonShape.ReadBodyAsync(await factory.CreateClientFor(user).GetAsync($"/api/projects?{query}"))).EnumerateArray();
}
