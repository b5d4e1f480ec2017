using Invoke.Application.Runtime.Execution;

namespace Invoke.Infrastructure.UnitTests.Scripting;

/// <summary>An engine serves the next invocation of its version only; what survives is what Node keeps between requests.</summary>
public sealed class WarmEngineTests
{
    private const string Counter =
        "let calls = 0; module.exports = async (req, res) => { calls++; if (req.query.fail) { throw new Error('x'); } if (req.query.hang) { await new Promise(() => {}); } res.json({ calls, env: process.env.NAME ?? null, timers: typeof globalThis.leftover }); };";

    private static readonly InvocationLimits Limits = new(TimeSpan.FromSeconds(1), 64L * 1024 * 1024);

    private readonly IFunctionRuntime _runtime = Sandbox.Runtime();
    private readonly PackageFiles _package = Sandbox.Package(Counter);
    private readonly Guid _functionId = Guid.NewGuid();
    private readonly Guid _versionId = Guid.NewGuid();

    [Fact]
    public async Task The_next_invocation_of_a_version_keeps_its_module_state_and_gets_its_own_environment()
    {
        var first = await RunAsync(_versionId, environment: "one");
        var second = await RunAsync(_versionId, environment: "two");

        Assert.Equal("{\"calls\":1,\"env\":\"one\",\"timers\":\"undefined\"}", first.Text());
        Assert.Equal("{\"calls\":2,\"env\":\"two\",\"timers\":\"undefined\"}", second.Text());
    }

    [Fact]
    public async Task Another_version_never_shares_an_engine()
    {
        await RunAsync(_versionId);
        var other = await RunAsync(Guid.NewGuid());

        Assert.Equal("{\"calls\":1,\"env\":null,\"timers\":\"undefined\"}", other.Text());
    }

    [Theory]
    [InlineData("fail=1")]
    [InlineData("hang=1")]
    public async Task An_engine_is_discarded_after_an_invocation_that_failed(string query)
    {
        await RunAsync(_versionId);
        var failed = await RunAsync(_versionId, query: query);
        var next = await RunAsync(_versionId);

        Assert.NotNull(failed.Failure);
        Assert.Equal("{\"calls\":1,\"env\":null,\"timers\":\"undefined\"}", next.Text());
    }

    [Fact]
    public async Task Timers_left_by_an_invocation_never_fire_in_the_next()
    {
        var package = Sandbox.Package("let fired = 0; module.exports = (req, res) => { setTimeout(() => { fired++; }, 10); res.json({ fired }); };");

        var first = await _runtime.RunAsync(Invocation(_versionId, package), CancellationToken.None);
        await Task.Delay(50);
        var second = await _runtime.RunAsync(Invocation(_versionId, package), CancellationToken.None);

        Assert.Equal("{\"fired\":0}", first.Text());
        Assert.Equal("{\"fired\":0}", second.Text());
    }

    private Task<FunctionResponse> RunAsync(Guid versionId, string? environment = null, string query = "") =>
        _runtime.RunAsync(Invocation(versionId, _package, environment, query), CancellationToken.None);

    private FunctionInvocation Invocation(Guid versionId, PackageFiles package, string? environment = null, string query = "") =>
        new(_functionId, versionId, Guid.NewGuid(), package,
            environment is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NAME"] = environment },
            Sandbox.Request(query: query), Limits);
}
