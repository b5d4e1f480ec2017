using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Packages;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.ErrorHandling;

/// <summary>PostgreSQL cannot store U+0000 in text, so a NUL must be refused before it reaches a query.</summary>
[Collection(FunctionsCollection.Name)]
public sealed class NulCharacterTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Login_WhenTheUsernameHoldsANul_ShouldAnswer400NamingIt()
    {
        var response = await factory.CreateClient().SendJsonAsync(
            HttpMethod.Post, "/api/auth/login", """{"username":"a\u0000b","password":"secret"}""");

        var body = await response.AssertErrorAsync(400, "The value of 'username' must not contain NUL characters.");
        Assert.Equal(["username"], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("POST", """{"variable_name":"N","variable_value":"x\u0000"}""", "variable_value")]
    [InlineData("PUT", """{"variables":[{"variable_name":"N","variable_value":"v","description":"\u0000"}]}""", "variables[0].description")]
    public async Task WriteVariables_WhenAJsonStringHoldsANul_ShouldNameItsPath(string method, string json, string field)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(
            new HttpMethod(method), $"/api/functions/{functionId}/environment-variables", json);

        await response.AssertNamesFieldAsync(field);
    }

    [Fact]
    public async Task DeleteVariable_WhenTheQueryValueHoldsANul_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.DeleteAsync(
            $"/api/functions/{functionId}/environment-variables?variable_name=A%00B");

        await response.AssertNamesFieldAsync("variable_name");
    }

    [Fact]
    public async Task UploadVersion_WhenAMultipartTextFieldHoldsANul_ShouldAnswer400NamingIt()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var form = ArchiveForm.Create(
            TestArchives.Zip(("index.js", "module.exports = (req, res) => res.send('x');")), "f.zip", "file",
            ("afterBuildAction", "sw\0itch"));

        var response = await client.PostAsync($"/api/functions/{functionId}/versions", form);

        var body = await response.AssertErrorAsync(400, "The value of 'afterBuildAction' must not contain NUL characters.");
        Assert.Equal(["afterBuildAction"], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
