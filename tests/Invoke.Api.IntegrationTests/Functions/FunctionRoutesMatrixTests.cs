using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>
/// The cross-project matrix for every route of this area: a member of another project, by session token or by API
/// key, is refused (403 or 404) and the database stays as it was; so is every non-admin for a function without a
/// project. (A local equivalent of the shared CrossProject helper, which lives on the admin branch.)
/// </summary>
[Collection(FunctionsCollection.Name)]
public sealed class FunctionRoutesMatrixTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private TestUser _outsider = null!;
    private TestUser _developerA = null!;
    private TestProject _projectA = null!;
    private Guid _functionA;
    private Guid _projectless;

    public static TheoryData<string, string, string?> FunctionRequests => new()
    {
        { "GET", "/api/functions/{function}", null },
        { "PATCH", "/api/functions/{function}", """{"name":"taken over","is_active":true}""" },
        { "PUT", "/api/functions/{function}", """{"requires_api_key":false}""" },
        { "DELETE", "/api/functions/{function}", null },
        { "POST", "/api/functions/{function}/regenerate-key", null },
        { "GET", "/api/functions/{function}/environment-variables", null },
        { "PUT", "/api/functions/{function}/environment-variables", """{"variables":[]}""" },
        { "POST", "/api/functions/{function}/environment-variables", """{"variable_name":"INJECTED","variable_value":"1"}""" },
        { "DELETE", "/api/functions/{function}/environment-variables?variable_name=SECRET", null },
        { "DELETE", "/api/functions/{function}/environment-variables/SECRET", null },
        { "GET", "/api/functions/{function}/retention", null },
        { "PUT", "/api/functions/{function}/retention", """{"retention_enabled":true,"retention_type":"count","retention_value":1}""" },
        { "GET", "/api/functions/{function}/schedule", null },
        { "PUT", "/api/functions/{function}/schedule", """{"schedule_enabled":true,"schedule_cron":"* * * * *"}""" },
    };

    public static TheoryData<string, string, string?> ProjectRequests => new()
    {
        { "POST", "/api/functions", """{"name":"planted","project_id":"{project}"}""" },
        { "GET", "/api/functions?projectId={project}", null },
        { "GET", "/api/functions?project_id={project}", null },
    };

    public async Task InitializeAsync()
    {
        var ownerA = await factory.CreateUserAsync();
        _projectA = await factory.CreateProjectAsync(owner: ownerA);
        var function = await factory.CreateFunctionAsync(_projectA, ownerA, requiresApiKey: true, versions: 1);
        _functionA = function.Id;
        await factory.AddEnvironmentVariableAsync(_functionA, "SECRET", "s3cr3t");
        await factory.AddExecutionLogAsync(_functionA);
        _projectless = await factory.CreateProjectlessFunctionAsync();
        await factory.AddEnvironmentVariableAsync(_projectless, "SECRET", "legacy");

        _developerA = await factory.CreateUserAsync();
        await factory.AddMemberAsync(_projectA, _developerA);
        _outsider = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: _outsider);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(FunctionRequests))]
    public async Task FunctionRoute_WhenCalledByAnotherProjectsOwnerWithAToken_ShouldBeRefusedAndChangeNothing(
        string method, string path, string? body) =>
        await AssertDeniedAsync(factory.CreateClientFor(_outsider), method, path.Replace("{function}", _functionA.ToString()), body);

    [Theory]
    [MemberData(nameof(FunctionRequests))]
    public async Task FunctionRoute_WhenCalledByAnotherProjectsOwnerWithAnApiKey_ShouldBeRefusedAndChangeNothing(
        string method, string path, string? body) =>
        await AssertDeniedAsync(
            factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(_outsider)),
            method, path.Replace("{function}", _functionA.ToString()), body);

    [Theory]
    [MemberData(nameof(FunctionRequests))]
    public async Task FunctionRoute_WhenTheFunctionHasNoProjectAndTheCallerIsNoAdmin_ShouldBeRefusedAndChangeNothing(
        string method, string path, string? body) =>
        await AssertDeniedAsync(factory.CreateClientFor(_outsider), method, path.Replace("{function}", _projectless.ToString()), body);

    [Theory]
    [MemberData(nameof(FunctionRequests))]
    public async Task FunctionRoute_WhenCalledByADeveloperOfTheProject_ShouldSucceed(string method, string path, string? body)
    {
        using var response = await factory.CreateClientFor(_developerA)
            .SendJsonAsync(new HttpMethod(method), path.Replace("{function}", _functionA.ToString()), body);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [MemberData(nameof(ProjectRequests))]
    public async Task ProjectRoute_WhenCalledByAnotherProjectsOwner_ShouldBeRefusedAndChangeNothing(
        string method, string path, string? body) =>
        await AssertDeniedAsync(
            factory.CreateClientFor(_outsider), method, path.Replace("{project}", _projectA.Id.ToString()),
            body?.Replace("{project}", _projectA.Id.ToString()));

    [Fact]
    public async Task List_WithoutProject_ShouldShowNothingOfAnotherProject()
    {
        var response = await factory.CreateClientFor(_outsider).GetAsync("/api/functions");

        var text = await response.Content.ReadAsStringAsync();
        await response.AssertSuccessAsync();
        Assert.DoesNotContain(_functionA.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_projectless.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_projectA.Name, text, StringComparison.Ordinal);
    }

    private async Task AssertDeniedAsync(HttpClient caller, string method, string path, string? body)
    {
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        using var response = await caller.SendJsonAsync(new HttpMethod(method), path, body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is 403 or 404, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        Assert.False((await JsonShape.ReadBodyAsync(response)).GetProperty("success").GetBoolean());
        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }
}
