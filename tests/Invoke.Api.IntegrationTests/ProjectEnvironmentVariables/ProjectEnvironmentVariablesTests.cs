using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime.Queries.GetFunctionEnvironment;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.ProjectEnvironmentVariables;

[Collection(FunctionsCollection.Name)]
public sealed class ProjectEnvironmentVariablesTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task PutThenGet_ShouldAnswerTheOriginalsShortBodiesSortedByName()
    {
        var (client, project) = await OwnProjectAsync();

        var put = await client.PutAsJsonAsync(Path(project.Id), new
        {
            variables = new object[]
            {
                new { variable_name = "ZETA", variable_value = "z" },
                new { variable_name = "ALPHA", variable_value = "a", description = "first" },
            },
        });
        var get = await client.GetAsync(Path(project.Id));

        var putBody = await put.AssertSuccessAsync();
        Assert.Equal(["success", "message"], JsonShape.PropertyNames(putBody));
        Assert.Equal("Environment variables updated successfully", putBody.GetProperty("message").GetString());
        var body = await get.AssertSuccessAsync();
        Assert.Equal(["success", "data"], JsonShape.PropertyNames(body));
        var rows = body.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["ALPHA", "ZETA"], rows.Select(r => r.GetProperty("variable_name").GetString()));
        Assert.Equal(
            ["id", "variable_name", "variable_value", "description", "created_at", "updated_at", "key", "value"],
            JsonShape.PropertyNames(rows[0]));
        Assert.Equal(("a", "first"), (rows[0].GetProperty("variable_value").GetString(), rows[0].GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Put_ShouldReplaceTheWholeSetKeepingTheRowsOfKeptNames()
    {
        var (client, project) = await OwnProjectAsync();
        await factory.AddProjectVariableAsync(project.Id, "KEPT", "old");
        await factory.AddProjectVariableAsync(project.Id, "DROPPED", "gone");
        var keptId = await IdOfAsync(project.Id, "KEPT");

        var response = await client.PutAsJsonAsync(Path(project.Id), new
        {
            variables = new object[]
            {
                new { variable_name = "KEPT", variable_value = "new" },
                new { variable_name = "ADDED", variable_value = "" },
            },
        });

        await response.AssertSuccessAsync();
        Assert.Equal(["ADDED=", "KEPT=new"], await StoredAsync(project.Id));
        Assert.Equal(keptId, await IdOfAsync(project.Id, "KEPT"));
    }

    [Fact]
    public async Task Put_WithAnEmptyList_ShouldDeleteEveryVariableOfThatProjectOnly()
    {
        var (client, project) = await OwnProjectAsync();
        var other = await factory.CreateProjectAsync();
        await factory.AddProjectVariableAsync(project.Id, "ONE", "1");
        await factory.AddProjectVariableAsync(other.Id, "ONE", "other");

        var response = await client.PutAsJsonAsync(Path(project.Id), new { variables = Array.Empty<object>() });

        await response.AssertSuccessAsync();
        Assert.Empty(await StoredAsync(project.Id));
        Assert.Equal(["ONE=other"], await StoredAsync(other.Id));
    }

    [Theory]
    [InlineData("""{"variables":[{"variable_name":"SAME","variable_value":"1"},{"variable_name":"SAME","variable_value":"2"}]}""", "Duplicate variable name found")]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":"1"},{"variable_name":"1BAD","variable_value":"2"}]}""", "Invalid variable name: 1BAD. Must contain only letters, numbers, and underscores, and cannot start with a number.")]
    [InlineData("""{"variables":[{"variable_value":"2"}]}""", "Each variable must have a valid variable_name")]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":null}]}""", "Each variable must have a variable_value")]
    [InlineData("""{}""", "Variables must be an array")]
    public async Task Put_WhenAnyVariableIsInvalid_ShouldAnswerTheOriginals400AndChangeNothing(string json, string message)
    {
        var (client, project) = await OwnProjectAsync();
        await factory.AddProjectVariableAsync(project.Id, "EXISTING", "stays");

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(project.Id), json);

        await response.AssertErrorAsync(400, message);
        Assert.Equal(["EXISTING=stays"], await StoredAsync(project.Id));
    }

    [Theory]
    [InlineData("""{"variables":"A=1"}""", "variables")]
    [InlineData("""{"variables":[{"variable_name":"N","variable_value":42}]}""", "variables[0].variable_value")]
    public async Task Put_WhenAMemberHasTheWrongJsonType_ShouldAnswer400NamingIt(string json, string field)
    {
        var (client, project) = await OwnProjectAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(project.Id), json);

        await response.AssertNamesFieldAsync(field);
    }

    [Fact]
    public async Task Get_AsAdminForAProjectThatDoesNotExist_ShouldAnswer404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).GetAsync(Path(Guid.NewGuid()));

        await response.AssertErrorAsync(404, "Project not found");
    }

    [Fact]
    public async Task Get_AsAdminOfAProjectTheyAreNoMemberOf_ShouldListItsVariables()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var project = await factory.CreateProjectAsync();
        await factory.AddProjectVariableAsync(project.Id, "VISIBLE", "to admins");

        var body = await (await factory.CreateClientFor(admin).GetAsync(Path(project.Id))).AssertSuccessAsync();

        Assert.Equal("VISIBLE", Assert.Single(body.GetProperty("data").EnumerateArray()).GetProperty("variable_name").GetString());
    }

    [Fact]
    public async Task Get_ForAnUnknownProjectAsANonMember_ShouldAnswer403LikeForAnyOtherProject()
    {
        var (client, _) = await OwnProjectAsync();

        var response = await client.GetAsync(Path(Guid.NewGuid()));

        await response.AssertErrorAsync(403, "Access denied");
    }

    [Fact]
    public async Task Get_AsAMemberOfAnInactiveProject_ShouldAnswer403()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user, isActive: false);

        var response = await factory.CreateClientFor(user).GetAsync(Path(project.Id));

        await response.AssertErrorAsync(403, "Access denied: this project is inactive");
    }

    [Fact]
    public async Task Get_WithAnApiKey_ShouldAnswer401BecauseTheRouteTakesSessionTokensOnly()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user)).GetAsync(Path(project.Id));

        await response.AssertErrorAsync(401);
    }

    [Fact]
    public async Task Get_WhenTheProjectIdIsNotAUuid_ShouldAnswer400NamingIt()
    {
        var (client, _) = await OwnProjectAsync();

        var response = await client.GetAsync("/api/projects/system/environment-variables");

        await response.AssertNamesFieldAsync("projectId");
    }

    [Fact]
    public async Task FunctionEnvironment_AfterAPut_ShouldBeTheProjectsVariablesOverlaidByTheFunctionsOwn()
    {
        var (client, project) = await OwnProjectAsync();
        var function = await factory.CreateFunctionAsync(project);
        await factory.AddEnvironmentVariableAsync(function.Id, "REGION", "function's own");
        await factory.AddEnvironmentVariableAsync(function.Id, "ONLY_FUNCTION", "f");
        Assert.Equal(2, (await factory.SendAsync(new GetFunctionEnvironmentQuery(function.Id))).Count);

        var response = await client.PutAsJsonAsync(Path(project.Id), new
        {
            variables = new object[]
            {
                new { variable_name = "REGION", variable_value = "project's" },
                new { variable_name = "ONLY_PROJECT", variable_value = "p" },
            },
        });

        await response.AssertSuccessAsync();
        Assert.Equal(
            new Dictionary<string, string> { ["REGION"] = "function's own", ["ONLY_FUNCTION"] = "f", ["ONLY_PROJECT"] = "p" },
            await factory.SendAsync(new GetFunctionEnvironmentQuery(function.Id)));
    }

    [Fact]
    public async Task FunctionEnvironment_AfterTheFunctionsOwnVariableIsDeleted_ShouldFallBackToTheProjects()
    {
        var (client, project) = await OwnProjectAsync();
        var function = await factory.CreateFunctionAsync(project);
        await factory.AddProjectVariableAsync(project.Id, "REGION", "project's");
        await factory.AddEnvironmentVariableAsync(function.Id, "REGION", "function's own");
        Assert.Equal("function's own", (await factory.SendAsync(new GetFunctionEnvironmentQuery(function.Id)))["REGION"]);

        var response = await client.DeleteAsync($"/api/functions/{function.Id}/environment-variables/REGION");

        await response.AssertSuccessAsync();
        Assert.Equal("project's", (await factory.SendAsync(new GetFunctionEnvironmentQuery(function.Id)))["REGION"]);
    }

    private static string Path(Guid projectId) => $"/api/projects/{projectId}/environment-variables";

    private async Task<(HttpClient Client, TestProject Project)> OwnProjectAsync()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        return (factory.CreateClientFor(user), project);
    }

    private Task<List<string>> StoredAsync(Guid projectId) =>
        factory.QueryDbAsync(context => context.ProjectEnvironmentVariables
            .Where(v => v.ProjectId == projectId)
            .OrderBy(v => v.VariableName)
            .Select(v => v.VariableName + "=" + v.VariableValue)
            .ToListAsync());

    private Task<int> IdOfAsync(Guid projectId, string name) =>
        factory.QueryDbAsync(context => context.ProjectEnvironmentVariables
            .Where(v => v.ProjectId == projectId && v.VariableName == name)
            .Select(v => v.Id)
            .SingleAsync());
}
