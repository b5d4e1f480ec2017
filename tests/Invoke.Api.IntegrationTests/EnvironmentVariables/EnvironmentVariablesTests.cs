using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.EnvironmentVariables;

[Collection(FunctionsCollection.Name)]
public sealed class EnvironmentVariablesTests(InvokeApiFactory factory)
{
    private const string InvalidNameMessage =
        "Invalid variable name. Must contain only letters, numbers, and underscores, and cannot start with a number.";

    [Fact]
    public async Task PostThenGet_ShouldAnswerTheOriginalsShortBodies()
    {
        var added = WireExample.Load("27-env-add.json");
        var listed = WireExample.Load("28-env-list.json");
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);

        var post = await client.PostAsJsonAsync(
            Path(functionId), new { variable_name = "GREETING", variable_value = "hi", description = "test var" });
        var get = await client.GetAsync(Path(functionId));

        Assert.Equal(added.Status, (int)post.StatusCode);
        var postBody = await JsonShape.ReadBodyAsync(post);
        Assert.True(JsonElement.DeepEquals(added.Body, postBody), postBody.ToString());
        var body = await get.AssertSuccessAsync();
        Assert.Equal(["success", "data"], JsonShape.PropertyNames(body));
        var row = Assert.Single(body.GetProperty("data").EnumerateArray());
        JsonShape.AssertExtends(listed.Body.GetProperty("data")[0], row);
        Assert.Equal(("GREETING", "hi", "test var"), (
            row.GetProperty("variable_name").GetString(), row.GetProperty("variable_value").GetString(),
            row.GetProperty("description").GetString()));
        Assert.Equal(("GREETING", "hi"), (row.GetProperty("key").GetString(), row.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Post_WithTheCliNamesKeyAndValue_ShouldAddTheVariable()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);

        var response = await client.PostAsJsonAsync(Path(functionId), new { key = "FROM_CLI", value = "1" });

        await response.AssertSuccessAsync(201);
        Assert.Equal(["FROM_CLI=1"], await StoredAsync(functionId));
    }

    [Fact]
    public async Task Get_ShouldSortByName()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "ZETA", "z");
        await factory.AddEnvironmentVariableAsync(functionId, "ALPHA", "a");

        var body = await (await client.GetAsync(Path(functionId))).AssertSuccessAsync();

        Assert.Equal(["ALPHA", "ZETA"], body.GetProperty("data").EnumerateArray().Select(v => v.GetProperty("variable_name").GetString()));
    }

    [Fact]
    public async Task Post_WhenTheNameExists_ShouldAnswerTheOriginals400AndKeepTheValue()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "TAKEN", "first");

        var response = await client.PostAsJsonAsync(Path(functionId), new { variable_name = "TAKEN", variable_value = "second" });

        await response.AssertErrorAsync(400, "Variable with this name already exists");
        Assert.Equal(["TAKEN=first"], await StoredAsync(functionId));
    }

    [Theory]
    [InlineData("A=B")]
    [InlineData("HAS SPACE")]
    [InlineData("1ST")]
    [InlineData("DASH-ED")]
    [InlineData("NEW\nLINE")]
    public async Task Post_WhenTheNameIsNotAnEnvironmentVariableName_ShouldAnswer400AndAddNothing(string name)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.PostAsJsonAsync(Path(functionId), new { variable_name = name, variable_value = "x" });

        await response.AssertErrorAsync(400, InvalidNameMessage);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Theory]
    [InlineData("""{"variable_value":"x"}""", "Variable name is required")]
    [InlineData("""{"variable_name":"","variable_value":"x"}""", "Variable name is required")]
    [InlineData("""{"variable_name":"NAME"}""", "Variable value is required")]
    public async Task Post_WhenAFieldIsMissing_ShouldAnswerTheOriginals400(string json, string message)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path(functionId), json);

        await response.AssertErrorAsync(400, message);
    }

    [Fact]
    public async Task Post_WhenTheValueIsNotAString_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, Path(functionId), """{"variable_name":"N","variable_value":{"a":1}}""");

        await response.AssertNamesFieldAsync("variable_value");
    }

    [Fact]
    public async Task Put_ShouldReplaceAllKeepingTheRowsOfKeptNames()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "KEPT", "old", "kept one");
        await factory.AddEnvironmentVariableAsync(functionId, "DROPPED", "gone");
        var keptId = await IdOfAsync(functionId, "KEPT");

        var response = await client.PutAsJsonAsync(Path(functionId), new
        {
            variables = new object[]
            {
                new { variable_name = "KEPT", variable_value = "new" },
                new { variable_name = "ADDED", variable_value = "", description = "empty is a value" },
            },
        });

        var body = await response.AssertSuccessAsync();
        Assert.Equal("Environment variables updated successfully", body.GetProperty("message").GetString());
        Assert.Equal(["ADDED=", "KEPT=new"], await StoredAsync(functionId));
        Assert.Equal(keptId, await IdOfAsync(functionId, "KEPT"));
    }

    [Fact]
    public async Task Put_WithAnEmptyList_ShouldDeleteEveryVariable()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "ONE", "1");

        var response = await client.PutAsJsonAsync(Path(functionId), new { variables = Array.Empty<object>() });

        await response.AssertSuccessAsync();
        Assert.Empty(await StoredAsync(functionId));
    }

    [Theory]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":"1"},{"variable_name":"OK","variable_value":"2"}]}""", "Duplicate variable name found")]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":"1"},{"variable_name":"BAD NAME","variable_value":"2"}]}""", "Invalid variable name: BAD NAME. Must contain only letters, numbers, and underscores, and cannot start with a number.")]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":"1"},{"variable_value":"2"}]}""", "Each variable must have a valid variable_name")]
    [InlineData("""{"variables":[{"variable_name":"OK","variable_value":null}]}""", "Each variable must have a variable_value")]
    [InlineData("""{}""", "Variables must be an array")]
    public async Task Put_WhenAnyVariableIsInvalid_ShouldAnswerTheOriginals400AndChangeNothing(string json, string message)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "EXISTING", "stays");
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(functionId), json);

        await response.AssertErrorAsync(400, message);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WhenVariablesIsNotAnArray_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(functionId), """{"variables":"A=1"}""");

        await response.AssertNamesFieldAsync("variables");
    }

    [Theory]
    [InlineData("?variable_name=DOOMED")]
    [InlineData("/DOOMED")]
    public async Task Delete_ByQueryOrPath_ShouldDeleteTheVariable(string suffix)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await factory.AddEnvironmentVariableAsync(functionId, "DOOMED", "x");
        await factory.AddEnvironmentVariableAsync(functionId, "SPARED", "y");

        var body = await (await client.DeleteAsync(Path(functionId) + suffix)).AssertSuccessAsync();

        Assert.Equal("Environment variable deleted successfully", body.GetProperty("message").GetString());
        Assert.Equal(["SPARED=y"], await StoredAsync(functionId));
    }

    [Fact]
    public async Task Delete_WhenTheVariableDoesNotExist_ShouldAnswer404()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.DeleteAsync(Path(functionId) + "?variable_name=MISSING");

        await response.AssertErrorAsync(404, "Environment variable not found");
    }

    [Fact]
    public async Task Delete_WithoutAName_ShouldAnswer400()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.DeleteAsync(Path(functionId));

        await response.AssertErrorAsync(400, "Variable name is required");
    }

    [Fact]
    public async Task Get_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var (client, _) = await factory.CreateOwnedFunctionAsync();

        var response = await client.GetAsync(Path(Guid.NewGuid()));

        await response.AssertErrorAsync(404, "Function not found");
    }

    private static string Path(Guid functionId) => $"/api/functions/{functionId}/environment-variables";

    private Task<List<string>> StoredAsync(Guid functionId) =>
        factory.QueryDbAsync(context => context.FunctionEnvironmentVariables
            .Where(v => v.FunctionId == functionId)
            .OrderBy(v => v.VariableName)
            .Select(v => v.VariableName + "=" + v.VariableValue)
            .ToListAsync());

    private Task<int> IdOfAsync(Guid functionId, string name) =>
        factory.QueryDbAsync(context => context.FunctionEnvironmentVariables
            .Where(v => v.FunctionId == functionId && v.VariableName == name)
            .Select(v => v.Id)
            .SingleAsync());
}
