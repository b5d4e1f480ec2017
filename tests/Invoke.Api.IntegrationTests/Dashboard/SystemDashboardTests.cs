using System.Text.Json;
using Invoke.Api.IntegrationTests.ExecutionLogs;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Dashboard;

/// <summary>Figures over every project, on a database of this class's own.</summary>
public sealed class SystemDashboardTests(LogsApiFactory factory) : IClassFixture<LogsApiFactory>
{
    [Fact]
    public async Task Stats_ForAllProjectsAsAnAdmin_ShouldCountEveryFunctionButNoLogWithoutOne()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var inProject = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(), executionCount: 3);
        await factory.CreateFunctionAsync(project: null, isActive: false, executionCount: 4);
        await factory.AddLogAsync(inProject, new LogRow(StatusCode: 200, ExecutionTimeMs: 10));
        await factory.AddLogAsync(inProject, new LogRow(StatusCode: 500, ExecutionTimeMs: 20));
        await factory.AddLogAsync(functionId: null, new LogRow(StatusCode: 500, ExecutionTimeMs: 1000));

        var data = (await JsonShape.ReadBodyAsync(
            await factory.CreateClientFor(admin).GetAsync("/api/dashboard/stats?projectId=system"))).GetProperty("data");

        // The seeded default project holds no function; the orphan log stays out, as the original's inner join did.
        Assert.Equal(
            """{"totalFunctions":2,"activeFunctions":1,"totalExecutions":7,"recentErrors":1,"avgResponseTime":15,"successRate":"50.0"}""",
            JsonSerializer.Serialize(data));
    }
}
