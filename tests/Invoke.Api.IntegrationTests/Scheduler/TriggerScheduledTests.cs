using System.Net;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary><c>POST /scheduler/trigger-scheduled</c> on the execution port, and the scheduler's counters on its health.</summary>
public sealed class TriggerScheduledTests(TriggerFactory factory) : IClassFixture<TriggerFactory>, IAsyncLifetime
{
    private const string Path = "/scheduler/trigger-scheduled";

    public Task InitializeAsync() => factory.StopAllSchedulesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Trigger_WithAnAdminsApiKey_ShouldRunWhatIsDueOnceThroughTheClaim()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        using var client = factory.ExecutionClient().WithApiKey(await factory.CreateApiKeyAsync(admin));
        await factory.DeployScheduledAsync(2, "module.exports = async (req, res) => res.json({ ok: true });", "* * * * *", factory.Now);
        await factory.DeployScheduledAsync(1, "module.exports = async () => { throw new Error('no'); };", "* * * * *", factory.Now);
        await factory.DeployScheduledAsync(1, "module.exports = async (req, res) => res.json({});", "* * * * *", factory.NextMinute);

        var first = await client.PostAsync(Path, null);
        var second = await client.PostAsync(Path, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(
            """{"success":true,"message":"Processed 3 scheduled functions","executed":2,"failed":1}""",
            await first.Content.ReadAsStringAsync());
        Assert.Equal(
            """{"success":true,"message":"Processed 0 scheduled functions","executed":0,"failed":0}""",
            await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Trigger_WithAnAdminsSessionToken_ShouldAnswer200()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        using var client = factory.ExecutionClient().WithJwt(admin);

        var response = await client.PostAsync(Path, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Trigger_WithoutCredentials_ShouldAnswer401AndRunNothing()
    {
        var functions = await factory.DeployScheduledAsync(1, "module.exports = async (req, res) => res.json({});", "* * * * *", factory.Now);
        using var client = factory.ExecutionClient();

        var response = await client.PostAsync(Path, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication required", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
        Assert.Equal(0, await factory.EndedRunsAsync(functions, factory.Now));
    }

    [Fact]
    public async Task Trigger_WithANonAdminsApiKey_ShouldAnswer403()
    {
        var user = await factory.CreateUserAsync();
        using var client = factory.ExecutionClient().WithApiKey(await factory.CreateApiKeyAsync(user));

        var response = await client.PostAsync(Path, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Admin access required", (await JsonShape.ReadBodyAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Trigger_OnTheAdminPort_ShouldNotExist()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        using var client = factory.AdminClient().WithJwt(admin);

        var response = await client.PostAsync(Path, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_ShouldCountTheScheduledRunsOfThisInstance()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        using var client = factory.ExecutionClient().WithApiKey(await factory.CreateApiKeyAsync(admin));
        var before = factory.Metrics;
        var (due, succeeded, failed) = (before.Due, before.Succeeded, before.Failed);
        await factory.DeployScheduledAsync(1, "module.exports = async (req, res) => res.json({});", "* * * * *", factory.Now);
        await client.PostAsync(Path, null);

        var scheduler = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("scheduler");

        Assert.False(scheduler.GetProperty("enabled").GetBoolean());
        Assert.Equal(due + 1, scheduler.GetProperty("due").GetInt64());
        Assert.Equal(succeeded + 1, scheduler.GetProperty("succeeded").GetInt64());
        Assert.Equal(failed, scheduler.GetProperty("failed").GetInt64());
        Assert.Equal(0, scheduler.GetProperty("running").GetInt64());
        Assert.Equal(0, scheduler.GetProperty("skipped").GetInt64());
    }
}
