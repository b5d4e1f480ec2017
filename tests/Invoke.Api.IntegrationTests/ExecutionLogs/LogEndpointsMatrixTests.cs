using Invoke.Api.IntegrationTests.CrossProject;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>
/// The cross-project matrix over every log, dashboard and cleanup route: project A has a function with an old log,
/// project B has its own; B's owner (and, for the admin-only cleanup, A's own people) never reach A's logs or figures,
/// and nothing changes.
/// </summary>
[Collection(LogsCollection.Name)]
public sealed class LogEndpointsMatrixTests(LogsApiFactory factory) : IAsyncLifetime
{
    private CrossProjectWorld _world = null!;
    private Guid _functionA;
    private int _logA;
    private Guid _functionB;
    private int _logB;

    public static TheoryData<string> ProjectARoutes => new()
    {
        "/api/functions/{functionA}/logs",
        "/api/functions/{functionA}/logs?status=error&page=1&limit=100",
        "/api/functions/{functionA}/execution-logs/{logA}",
        "/api/logs?projectId={projectA}",
        "/api/dashboard/stats?projectId={projectA}",
        "/api/dashboard/recent-activity?projectId={projectA}",
    };

    public static TheoryData<string> AllProjectRoutes => new()
    {
        "/api/logs",
        "/api/logs?projectId=system&limit=100",
        "/api/dashboard/recent-activity",
        "/api/dashboard/recent-activity?projectId=system",
    };

    public async Task InitializeAsync()
    {
        _world = await CrossProjectWorld.CreateAsync(factory);
        _functionA = await factory.CreateFunctionAsync(_world.ProjectA);
        _logA = await factory.AddLogAsync(_functionA, new LogRow(Age: TimeSpan.FromDays(30)));
        await factory.AddLogAsync(_functionA, new LogRow(StatusCode: 500));
        _functionB = await factory.CreateFunctionAsync(_world.ProjectB);
        _logB = await factory.AddLogAsync(_functionB);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(ProjectARoutes))]
    public async Task ProjectARoute_WhenCalledByAnotherProjectsOwner_ShouldBeRefusedAndChangeNothing(string path)
    {
        var caller = factory.CreateClientFor(_world.Outsider);

        await CrossProjectAssert.DeniedAsync(factory, caller, _world, HttpMethod.Get, Resolve(path));
    }

    [Theory]
    [MemberData(nameof(AllProjectRoutes))]
    public async Task AllProjectsRoute_WhenCalledByAnotherProjectsOwner_ShouldShowOnlyTheirOwnLogs(string path)
    {
        var caller = factory.CreateClientFor(_world.Outsider);

        var text = await (await caller.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.DoesNotContain(_functionA.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_functionB.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_logB.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_WhenCalledByAnotherProjectsOwnerForAllProjects_ShouldCountOnlyTheirProject()
    {
        var caller = factory.CreateClientFor(_world.Outsider);

        var data = (await Infrastructure.JsonShape.ReadBodyAsync(await caller.GetAsync("/api/dashboard/stats?projectId=system")))
            .GetProperty("data");

        Assert.Equal(1, data.GetProperty("totalFunctions").GetInt32());
        Assert.Equal(0, data.GetProperty("recentErrors").GetInt32());
    }

    [Theory]
    [InlineData("outsider")]
    [InlineData("ownerA")]
    [InlineData("developerA")]
    public async Task Cleanup_WhenCalledByANonAdmin_ShouldAnswer403AndDeleteNothing(string who)
    {
        var user = who switch { "outsider" => _world.Outsider, "ownerA" => _world.OwnerA, _ => _world.DeveloperA };

        await CrossProjectAssert.DeniedAsync(
            factory,
            factory.CreateClientFor(user),
            _world,
            HttpMethod.Post,
            "/api/admin/cleanup-logs",
            $$"""{"functionId":"{{_functionA}}"}""",
            "Admin access required",
            [403]);
    }

    private string Resolve(string path) =>
        path.Replace("{functionA}", _functionA.ToString(), StringComparison.Ordinal)
            .Replace("{logA}", _logA.ToString(), StringComparison.Ordinal);
}
