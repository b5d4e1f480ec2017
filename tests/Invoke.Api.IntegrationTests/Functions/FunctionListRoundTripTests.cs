using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

public sealed class FunctionListRoundTripTests(CommandCountingApiFactory factory) : IClassFixture<CommandCountingApiFactory>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Get_WithManyFunctionsAcrossProjects_ShouldReadThemInOneStatement(bool asAdmin)
    {
        var caller = await factory.CreateUserAsync(isAdmin: asAdmin);
        for (var i = 0; i < 5; i++)
        {
            var project = await factory.CreateProjectAsync(owner: caller);
            for (var j = 0; j < 4; j++)
            {
                await factory.CreateFunctionAsync(project, caller, versions: 2);
            }
        }

        var client = factory.CreateClientFor(caller);
        factory.Commands.Clear();

        var body = await (await client.GetAsync("/api/functions")).AssertSuccessAsync();

        Assert.True(body.GetProperty("data").GetArrayLength() >= 20);
        Assert.Single(factory.Commands.Texts, text => text.Contains("FROM functions", StringComparison.Ordinal));
    }
}
