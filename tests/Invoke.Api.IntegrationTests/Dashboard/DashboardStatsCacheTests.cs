using System.Net;
using Invoke.Api.IntegrationTests.Caching;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Dashboard;

public sealed class DashboardStatsCacheTests(CachedDashboardApiFactory factory) : IClassFixture<CachedDashboardApiFactory>
{
    [Fact]
    public async Task Stats_AfterAFunctionIsCreated_ShouldCountItAtOnceWhileNewLogsWaitForTheMaxAge()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        await factory.SettleCacheAsync();
        var client = factory.CreateClientFor(member);
        var url = $"/api/dashboard/stats?projectId={project.Id}";
        var first = await StatsAsync(client, url);

        await factory.CreateFunctionAsync(project);
        await factory.SettleCacheAsync();
        var afterFunction = await StatsAsync(client, url);
        await factory.AddLogAsync(functionId, new LogRow(StatusCode: 500));
        var afterLog = await StatsAsync(client, url);
        await Task.Delay(CachedDashboardApiFactory.MaxAge);
        var aged = await StatsAsync(client, url);

        Assert.Equal((1, 0), first);
        Assert.Equal((2, 0), afterFunction);
        Assert.Equal((2, 0), afterLog);
        Assert.Equal((2, 1), aged);
    }

    [Fact]
    public async Task Stats_WhenTheScopeIsCached_ShouldStillRefuseOutsiders()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        await factory.AddLogAsync(await factory.CreateFunctionAsync(project));
        await factory.SettleCacheAsync();
        var url = $"/api/dashboard/stats?projectId={project.Id}";
        await factory.CreateClientFor(member).GetAsync(url);
        var outsider = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(outsider).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<(int TotalFunctions, int RecentErrors)> StatsAsync(HttpClient client, string url)
    {
        var data = (await JsonShape.ReadBodyAsync(await client.GetAsync(url))).GetProperty("data");
        return (data.GetProperty("totalFunctions").GetInt32(), data.GetProperty("recentErrors").GetInt32());
    }
}
