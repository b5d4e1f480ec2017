using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Testing;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary><c>POST /api/functions/deploy</c> with the multipart fields the newest original CLI sends.</summary>
[Collection(PackagesCollection.Name)]
public sealed class DeployFunctionTests(PackagesApiFactory factory)
{
    [Fact]
    public async Task Deploy_ThenDeployAgain_ShouldCreateTheFunctionThenSwitchToItsSecondVersion()
    {
        var (user, project) = await factory.CreateMemberAsync();
        var client = factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user));
        var name = IdentityData.UniqueName("deployed");

        var first = await (await client.PostAsync("/api/functions/deploy", Form(name, project, "v1"))).AssertSuccessAsync(201);
        var second = await (await client.PostAsync("/api/functions/deploy", Form(name, project, "v2"))).AssertSuccessAsync(201);

        var (created, updated) = (first.GetProperty("data"), second.GetProperty("data"));
        Assert.Equal(["id", "version", "file_size", "build_id"], JsonShape.PropertyNames(updated));
        Assert.Equal(created.GetProperty("id").GetGuid(), updated.GetProperty("id").GetGuid());
        Assert.Equal((1, 2), (created.GetProperty("version").GetInt32(), updated.GetProperty("version").GetInt32()));
        var stored = await factory.FunctionAsync(updated.GetProperty("id").GetGuid());
        Assert.Equal((updated.GetProperty("build_id").GetGuid(), (bool?)true), (stored.ActiveVersionId, stored.IsActive));
        Assert.Equal(stored.Versions.Single(v => v.Version == 2).FileSize.ToString(), updated.GetProperty("file_size").GetString());
    }

    [Theory]
    [InlineData("mode", "git", "mode")]
    [InlineData("language", "python", "language")]
    public async Task Deploy_WhenTheModeOrLanguageIsNotSupported_ShouldAnswer400NamingIt(string field, string value, string named)
    {
        var (user, project) = await factory.CreateMemberAsync();

        var response = await factory.CreateClientFor(user).PostAsync(
            "/api/functions/deploy", Form(IdentityData.UniqueName("deployed"), project, "v1", (field, value)));

        await response.AssertNamesFieldAsync(named);
    }

    private static MultipartFormDataContent Form(
        string name, TestProject project, string code, params (string Name, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["mode"] = "upload", ["name"] = name, ["projectId"] = project.Id.ToString(), ["description"] = "from the CLI",
            ["language"] = "javascript",
        };
        foreach (var (field, value) in overrides)
        {
            fields[field] = value;
        }

        return ArchiveForm.Create(
            TestArchives.Zip(("index.js", $"module.exports = (req, res) => res.send('{code}');")), "function.zip", "file",
            fields.Select(f => (f.Key, f.Value)).ToArray());
    }
}
