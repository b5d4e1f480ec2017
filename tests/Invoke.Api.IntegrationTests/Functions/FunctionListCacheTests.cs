using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Functions.Queries.GetFunctionList;
using Invoke.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>The function list is served from the query cache: what evicts it at once, and what only ages out.</summary>
[Collection(FunctionsCollection.Name)]
public sealed class FunctionListCacheTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Get_AfterARenameMadeDirectlyInTheDatabase_ShouldListTheNewName()
    {
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        var client = factory.CreateClientFor(user);
        await client.GetAsync("/api/functions");
        var renamed = IdentityData.UniqueName("renamed");

        await factory.ExecuteDbAsync(context => context.Functions.Where(f => f.Id == function.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Name, renamed)));
        var item = ItemOf(await (await client.GetAsync("/api/functions")).AssertSuccessAsync(), function.Id);

        Assert.Equal(renamed, item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_AfterTheCallerLeftTheProject_ShouldStopListingItsFunctionsAtOnce()
    {
        var user = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync();
        await factory.AddMemberAsync(project, user);
        var function = await factory.CreateFunctionAsync(project);
        var client = factory.CreateClientFor(user);
        var before = await (await client.GetAsync("/api/functions")).AssertSuccessAsync();

        await factory.ExecuteDbAsync(context => context.ProjectMemberships
            .Where(m => m.ProjectId == project.Id && m.UserId == user.Id)
            .ExecuteDeleteAsync());
        var after = await (await client.GetAsync("/api/functions")).AssertSuccessAsync();

        Assert.Contains(function.Id.ToString(), before.ToString());
        Assert.Equal(0, after.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Get_AfterAnInvocationCounted_ShouldShowTheNewCountOnceTheListHasAgedOut()
    {
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        var client = factory.CreateClientFor(user);
        // Creating the function notified twice in a row: a burst, after which results are stored only once it is quiet.
        await Task.Delay(factory.Services.GetRequiredService<IOptions<CacheOptions>>().Value.DebounceWindow * 2);
        await client.GetAsync("/api/functions");

        await factory.ExecuteDbAsync(context => context.Functions.Where(f => f.Id == function.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.ExecutionCount, 41)));
        var cached = ItemOf(await (await client.GetAsync("/api/functions")).AssertSuccessAsync(), function.Id);
        await Task.Delay(GetFunctionListQuery.CountersMaxAge);
        var aged = ItemOf(await (await client.GetAsync("/api/functions")).AssertSuccessAsync(), function.Id);

        Assert.Equal(0, cached.GetProperty("execution_count").GetInt32());
        Assert.Equal(41, aged.GetProperty("execution_count").GetInt32());
    }

    private static JsonElement ItemOf(JsonElement body, Guid functionId) =>
        body.GetProperty("data").EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == functionId);
}
