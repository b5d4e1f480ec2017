using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class RegenerateFunctionKeyTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Post_WhenTheKeyIsRequired_ShouldStoreAndAnswerANewCryptographicKey()
    {
        var original = WireExample.Load("36-regenerate-key.json");
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user), requiresApiKey: true);
        var oldKey = (await factory.FindFunctionAsync(function.Id))!.ApiKey;

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .PostAsync($"/api/functions/{function.Id}/regenerate-key", null);

        var body = await response.AssertSuccessAsync();
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("API key regenerated successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(function.Id, data.GetProperty("id").GetGuid());
        var newKey = data.GetProperty("api_key").GetString();
        Assert.Matches("^[0-9a-f]{64}$", newKey);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(newKey, (await factory.FindFunctionAsync(function.Id))!.ApiKey);
    }

    [Fact]
    public async Task Post_WhenTheKeyIsNotRequired_ShouldAnswerTheOriginals400AndChangeNothing()
    {
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).PostAsync($"/api/functions/{function.Id}/regenerate-key", null);

        await response.AssertErrorAsync(400, "Function does not require API key");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Post_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).PostAsync($"/api/functions/{Guid.NewGuid()}/regenerate-key", null);

        await response.AssertErrorAsync(404, "Function not found");
    }
}
