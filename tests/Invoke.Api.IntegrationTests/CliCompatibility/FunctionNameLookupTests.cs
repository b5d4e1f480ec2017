using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.CliCompatibility;

/// <summary>The newest original CLI resolves a function by name with <c>GET /api/functions?name=</c>.</summary>
[Collection(FunctionsCollection.Name)]
public sealed class FunctionNameLookupTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task List_WithANameAndAProject_ShouldListOnlyTheFunctionOfThatExactName()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var name = IdentityData.UniqueName("lookup");
        var wanted = await factory.CreateFunctionAsync(project, name: name);
        await factory.CreateFunctionAsync(project, name: name + "-other");
        await factory.CreateFunctionAsync(project, name: name.ToUpperInvariant());

        var body = await (await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .GetAsync($"/api/functions?name={name}&projectId={project.Id}")).AssertSuccessAsync();

        Assert.Equal([wanted.Id], body.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task List_WithANameOnly_ShouldFindItInAnyOfTheCallersProjects()
    {
        var user = await factory.CreateUserAsync();
        var name = IdentityData.UniqueName("lookup");
        await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        var wanted = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user), name: name);

        var body = await (await factory.CreateClientFor(user).GetAsync($"/api/functions?name={name}")).AssertSuccessAsync();

        Assert.Equal([wanted.Id], body.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task List_WhenTheNameIsInTwoProjectsAndNoProjectIsGiven_ShouldAnswer409RatherThanPickOne()
    {
        var user = await factory.CreateUserAsync();
        var name = IdentityData.UniqueName("twice");
        await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user), name: name);
        await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user), name: name);

        var response = await factory.CreateClientFor(user).GetAsync($"/api/functions?name={name}");

        await response.AssertErrorAsync(
            409, $"Function name '{name}' is used in 2 projects; pass projectId to choose one");
    }

    [Fact]
    public async Task ListAndGet_ShouldAnswerLastExecutionBesideLastExecuted()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);

        var list = await (await client.GetAsync("/api/functions")).AssertSuccessAsync();
        var details = await (await client.GetAsync($"/api/functions/{functionId}")).AssertSuccessAsync();

        var row = Assert.Single(list.GetProperty("data").EnumerateArray());
        foreach (var function in new[] { row, details.GetProperty("data") })
        {
            Assert.Equal(
                function.GetProperty("last_executed").ToString(), function.GetProperty("last_execution").ToString());
        }
    }
}
