using System.Net;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Dashboard;

public sealed class DashboardStatsCacheTests(CachedDashboardApiFactory factory) : IClassFixture<CachedDashboardApiFactory>
{
    [Fact]
    public async Task Stats_WithinTheCacheLifetime_ShouldServeTheFiguresAlreadyComputedForTheScope()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        var functionId = await factory.CreateFunctionAsync(project);
        await factory.AddLogAsync(functionId, new LogRow(StatusCode: 500));
        var client = factory.CreateClientFor(member);
        var url = $"/api/dashboard/stats?projectId={project.Id}";

        var first = await RecentErrorsAsync(client, url);
        await factory.AddLogAsync(functionId, new LogRow(StatusCode: 500));
        var second = await RecentErrorsAsync(client, url);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
    }

    [Fact]
    public async Task Stats_WhenTheScopeIsCached_ShouldStillRefuseOutsiders()
    {
        var member = await factory.CreateUserAsync();
        var project = await factory.CreateProjectAsync(owner: member);
        await factory.AddLogAsync(await factory.CreateFunctionAsync(project));
        var url = $"/api/dashboard/stats?projectId={project.Id}";
        await factory.CreateClientFor(member).GetAsync(url);
        var outsider = await factory.CreateUserAsync();

        var response = await factory.CreateClientFor(outsider).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<int> RecentErrorsAsync(HttpClient client, string url) =>
        (await JsonShape.ReadBodyAsync(await client.GetAsync(url))).GetProperty("data").GetProperty("recentErrors").GetInt32();
}
