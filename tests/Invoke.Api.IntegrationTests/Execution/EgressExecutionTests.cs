using System.Net;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.NetworkPolicies.Egress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Invoke.Api.IntegrationTests.Execution;

/// <summary>
/// Outgoing connections through the whole execution role: the project's rules come from the database through the
/// cached runtime query, a rule change reaches the next invocation through NOTIFY, and Invoke's own listeners and
/// database stay out of reach even with the loopback deny lifted.
/// </summary>
public sealed class EgressExecutionTests(ExecutionRoleFactory factory) : IClassFixture<ExecutionRoleFactory>, IAsyncLifetime
{
    private const string FetchFunction = """
        module.exports = async (req, res) => {
          try { res.send(await (await fetch(req.query.url)).text()); }
          catch (e) { res.status(502).send(e.cause.code + ': ' + e.cause.reason); }
        };
        """;

    private WebApplication _fixture = null!;
    private string _fixtureUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _fixture = builder.Build();
        _fixture.MapGet("/", () => "from the fixture");
        await _fixture.StartAsync();
        _fixtureUrl = _fixture.Urls.Single();
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Rule_changes_reach_the_next_invocation()
    {
        var function = await factory.DeployAsync(FetchFunction);
        using var client = factory.ExecutionClient();
        var path = $"/invoke/{function.Id}?url={Uri.EscapeDataString(_fixtureUrl + "/")}";

        var before = await client.GetStringOrFailureAsync(path);
        await factory.ExecuteDbAsync(async db =>
        {
            // The seeded global rules deny loopback before any project rule (as the original's); this fixture's
            // database is its own, so the test may drop that one.
            db.GlobalNetworkPolicies.RemoveRange(db.GlobalNetworkPolicies.Where(p => p.TargetValue == "127.0.0.0/8"));
            db.ProjectNetworkPolicies.Add(ProjectNetworkPolicy.Create(
                function.ProjectId!.Value, "allow", "cidr", "127.0.0.0/8", "fixtures", 1, PortRange.Parse(new Uri(_fixtureUrl).Port.ToString())));
            await db.SaveChangesAsync();
        });
        var after = await EventuallyAsync(() => client.GetStringOrFailureAsync(path), text => text == "from the fixture");

        Assert.Equal("POLICY_DENIED: Denied by global rule #4: Block loopback", before);
        Assert.Equal("from the fixture", after);
    }

    [Fact]
    public async Task Invokes_own_listeners_and_database_stay_denied_whatever_the_rules_say()
    {
        var function = await factory.DeployAsync(FetchFunction);
        await factory.ExecuteDbAsync(async db =>
        {
            db.ProjectNetworkPolicies.Add(ProjectNetworkPolicy.Create(function.ProjectId!.Value, "allow", "cidr", "0.0.0.0/0", null, 1));
            await db.SaveChangesAsync();
        });
        using var client = factory.ExecutionClient();
        var databasePort = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Port;

        var ownPort = await client.GetStringOrFailureAsync($"/invoke/{function.Id}?url={Uri.EscapeDataString($"http://127.0.0.1:{factory.AdminPort}/api/health")}");
        var database = await client.GetStringOrFailureAsync($"/invoke/{function.Id}?url={Uri.EscapeDataString($"http://127.0.0.1:{databasePort}/")}");

        Assert.Equal($"POLICY_DENIED: Denied by built-in rule: Invoke's own endpoint (127.0.0.1:{factory.AdminPort})", ownPort);
        Assert.Equal($"POLICY_DENIED: Denied by built-in rule: Invoke's own endpoint (127.0.0.1:{databasePort})", database);
    }

    private static async Task<string> EventuallyAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(20);
            value = await read();
        }

        return value;
    }
}

internal static class ExecutionResponses
{
    public static async Task<string> GetStringOrFailureAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }
}
