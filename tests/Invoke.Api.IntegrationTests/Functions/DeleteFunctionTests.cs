using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class DeleteFunctionTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Delete_ShouldAnswerTheOriginalsBodyAndLeaveNoOrphanRowsOrPackageBytes()
    {
        var original = WireExample.Load("46-function-delete.json");
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: user);
        var function = await factory.CreateFunctionAsync(project, user, requiresApiKey: true, versions: 2);
        var survivor = await factory.CreateFunctionAsync(project, user, versions: 1);
        await factory.AddEnvironmentVariableAsync(function.Id, "GREETING", "hi");
        await factory.AddExecutionLogAsync(function.Id);
        await factory.AddEnvironmentVariableAsync(survivor.Id, "GREETING", "hello");
        await factory.AddExecutionLogAsync(survivor.Id);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            .DeleteAsync($"/api/functions/{function.Id}");

        var body = await response.AssertSuccessAsync();
        JsonShape.AssertExtends(original.Body, body);
        Assert.Equal("Function and 2 associated files deleted successfully", body.GetProperty("message").GetString());
        var deleted = await CountRowsOfAsync(function.Id);
        var kept = await CountRowsOfAsync(survivor.Id);
        Assert.Equal(new long[] { 0, 0, 0, 0, 0 }, deleted);
        Assert.Equal(new long[] { 1, 1, 1, 1, 1 }, kept);
    }

    [Fact]
    public async Task Delete_WithoutVersions_ShouldReportNoFiles()
    {
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));

        var body = await (await factory.CreateClientFor(user).DeleteAsync($"/api/functions/{function.Id}")).AssertSuccessAsync();

        Assert.Equal("Function and 0 associated files deleted successfully", body.GetProperty("message").GetString());
        Assert.Null(await factory.FindFunctionAsync(function.Id));
    }

    [Fact]
    public async Task Delete_WhenNotAMember_ShouldAnswerTheOriginals403AndKeepEverything()
    {
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), versions: 1);
        var outsider = await factory.CreateUserAsync();
        await factory.CreateProjectAsync(owner: outsider);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(outsider).DeleteAsync($"/api/functions/{function.Id}");

        await response.AssertErrorAsync(403, "Insufficient project permissions to delete function");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Delete_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).DeleteAsync($"/api/functions/{Guid.NewGuid()}");

        await response.AssertErrorAsync(404, "Function not found");
    }

    /// <summary>Rows of the function in functions, function_versions, function_packages, env vars, logs.</summary>
    private async Task<long[]> CountRowsOfAsync(Guid functionId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM functions WHERE id = @id),
                   (SELECT count(*) FROM function_versions WHERE function_id = @id),
                   (SELECT count(*) FROM function_packages p JOIN function_versions v ON v.id = p.function_version_id WHERE v.function_id = @id)
                     + (SELECT count(*) FROM function_packages WHERE function_version_id NOT IN (SELECT id FROM function_versions)),
                   (SELECT count(*) FROM function_environment_variables WHERE function_id = @id),
                   (SELECT count(*) FROM execution_logs WHERE function_id = @id)
            """,
            connection);
        command.Parameters.AddWithValue("id", functionId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, 5).Select(reader.GetInt64).ToArray();
    }
}
