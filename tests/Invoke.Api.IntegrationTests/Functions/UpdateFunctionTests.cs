using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class UpdateFunctionTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Patch_Description_ShouldAnswerTheOriginalsRowAndMoveUpdatedAt()
    {
        var original = WireExample.Load("25-function-patch.json");
        var (client, function) = await OwnFunctionAsync();

        var response = await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { description = "Hello (patched)" });

        var body = await response.AssertSuccessAsync();
        JsonShape.AssertExtends(original.Body, body);
        var data = body.GetProperty("data");
        Assert.Equal(
            LaterReleaseColumns.MemberNamesWithCustomLimits(original.Body.GetProperty("data")),
            data.EnumerateObject().Select(m => m.Name));
        Assert.Equal("Function updated successfully", body.GetProperty("message").GetString());
        Assert.Equal("Hello (patched)", data.GetProperty("description").GetString());
        Assert.Equal(function.Name, data.GetProperty("name").GetString());
        Assert.True(data.GetProperty("updated_at").GetDateTime() > function.UpdatedAt);
        Assert.Equal("Hello (patched)", (await factory.FindFunctionAsync(function.Id))!.Description);
    }

    [Fact]
    public async Task Put_ShouldWorkAsPatchForTheOriginalCli()
    {
        var (client, function) = await OwnFunctionAsync();

        var response = await client.PutAsJsonAsync($"/api/functions/{function.Id}", new { name = "renamed", is_active = true });

        await response.AssertSuccessAsync();
        var stored = await factory.FindFunctionAsync(function.Id);
        Assert.Equal(("renamed", (bool?)true), (stored!.Name, stored.IsActive));
    }

    [Fact]
    public async Task Patch_IsActive_ShouldActivateThenDeactivate()
    {
        var (client, function) = await OwnFunctionAsync();

        var activated = await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { is_active = true });
        var afterActivation = (await factory.FindFunctionAsync(function.Id))!.IsActive;
        var deactivated = await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { is_active = false });

        Assert.True((await activated.AssertSuccessAsync()).GetProperty("data").GetProperty("is_active").GetBoolean());
        Assert.True(afterActivation);
        Assert.False((await deactivated.AssertSuccessAsync()).GetProperty("data").GetProperty("is_active").GetBoolean());
        Assert.False((await factory.FindFunctionAsync(function.Id))!.IsActive);
    }

    [Fact]
    public async Task Patch_RequiresApiKey_ShouldGenerateAKeyThenKeepItWhileOffAndRestoreIt()
    {
        var (client, function) = await OwnFunctionAsync();

        var on = (await (await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { requires_api_key = true }))
            .AssertSuccessAsync()).GetProperty("data");
        var off = (await (await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { requires_api_key = false }))
            .AssertSuccessAsync()).GetProperty("data");
        var again = (await (await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { requires_api_key = true }))
            .AssertSuccessAsync()).GetProperty("data");

        var key = on.GetProperty("api_key").GetString();
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.False(off.GetProperty("requires_api_key").GetBoolean());
        Assert.Equal(key, off.GetProperty("api_key").GetString());
        Assert.Equal((true, key), (again.GetProperty("requires_api_key").GetBoolean(), again.GetProperty("api_key").GetString()));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"unknown":"field"}""")]
    [InlineData("""{"name":null,"description":null}""")]
    public async Task Patch_WithNothingToChange_ShouldAnswerTheOriginals400(string json)
    {
        var (client, function) = await OwnFunctionAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/functions/{function.Id}", json);

        await response.AssertErrorAsync(400, "No fields to update");
    }

    [Theory]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{"is_active":"yes"}""", "is_active")]
    [InlineData("""{"requires_api_key":1}""", "requires_api_key")]
    [InlineData("""[]""", "body")]
    public async Task Patch_WithAnInvalidValue_ShouldAnswer400NamingItAndChangeNothing(string json, string field)
    {
        var (client, function) = await OwnFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/functions/{function.Id}", json);

        await response.AssertNamesFieldAsync(field);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Patch_RenamingToANameTakenInTheProject_ShouldAnswer409AndChangeNothing()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var taken = await factory.CreateFunctionAsync(project);
        var function = await factory.CreateFunctionAsync(project);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user)
            .PatchAsJsonAsync($"/api/functions/{function.Id}", new { name = taken.Name, description = "changed" });

        await response.AssertErrorAsync(409, $"Function with name \"{taken.Name}\" already exists");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Patch_KeepingItsOwnName_ShouldNotCountAsTaken()
    {
        var (client, function) = await OwnFunctionAsync();

        var response = await client.PatchAsJsonAsync($"/api/functions/{function.Id}", new { name = function.Name, description = "same name" });

        await response.AssertSuccessAsync();
    }

    [Fact]
    public async Task Patch_WhenNotAMember_ShouldAnswerTheOriginals403()
    {
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync());
        var outsider = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(outsider).PatchAsJsonAsync($"/api/functions/{function.Id}", new { is_active = true });

        await response.AssertErrorAsync(403, "Insufficient project permissions to update function");
        Assert.False((await factory.FindFunctionAsync(function.Id))!.IsActive);
    }

    [Fact]
    public async Task Patch_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var (client, _) = await OwnFunctionAsync();

        var response = await client.PatchAsJsonAsync($"/api/functions/{Guid.NewGuid()}", new { is_active = true });

        await response.AssertErrorAsync(404, "Function not found");
    }

    private async Task<(HttpClient Client, Domain.Functions.Function Function)> OwnFunctionAsync()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var function = await factory.FindFunctionAsync((await factory.CreateFunctionAsync(project, user)).Id);
        return (factory.CreateClientFor(user), function!);
    }
}
