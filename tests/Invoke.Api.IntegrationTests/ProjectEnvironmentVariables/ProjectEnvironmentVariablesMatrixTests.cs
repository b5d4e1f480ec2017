using Invoke.Api.IntegrationTests.CrossProject;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ProjectEnvironmentVariables;

/// <summary>
/// The cross-project matrix of the project variable routes: the owner of project B never reads or changes project A's
/// variables, whether A's id or B's own is in the request; A's owner and developer may do both.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProjectEnvironmentVariablesMatrixTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private const string Secret = "project-a-s3cr3t";

    private CrossProjectWorld _world = null!;

    public static TheoryData<string, string?> Requests => new()
    {
        { "GET", null },
        { "PUT", """{"variables":[]}""" },
        { "PUT", """{"variables":[{"variable_name":"SECRET","variable_value":"overwritten"}]}""" },
    };

    public async Task InitializeAsync()
    {
        _world = await CrossProjectWorld.CreateAsync(factory);
        await factory.AddProjectVariableAsync(_world.ProjectA.Id, "SECRET", Secret);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenAnotherProjectsOwnerNamesProjectA_ShouldAnswer403AndChangeNothing(string method, string? body)
    {
        await CrossProjectAssert.DeniedAsync(
            factory, factory.CreateClientFor(_world.Outsider), _world, new HttpMethod(method),
            "/api/projects/{projectA}/environment-variables", body, "Access denied", [403]);
    }

    [Fact]
    public async Task Get_OfTheOutsidersOwnProject_ShouldShowNothingOfProjectA()
    {
        var response = await factory.CreateClientFor(_world.Outsider)
            .GetAsync(_world.Resolve("/api/projects/{projectB}/environment-variables"));

        var text = await response.Content.ReadAsStringAsync();
        await response.AssertSuccessAsync();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(_world.ProjectA.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenCalledByProjectAsDeveloper_ShouldSucceed(string method, string? body) =>
        await AssertSucceedsAsync(_world.DeveloperA, method, body);

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenCalledByProjectAsOwner_ShouldSucceed(string method, string? body) =>
        await AssertSucceedsAsync(_world.OwnerA, method, body);

    private async Task AssertSucceedsAsync(TestUser caller, string method, string? body)
    {
        using var response = await factory.CreateClientFor(caller)
            .SendJsonAsync(new HttpMethod(method), _world.Resolve("/api/projects/{projectA}/environment-variables"), body);

        Assert.True(response.IsSuccessStatusCode, $"{method} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
