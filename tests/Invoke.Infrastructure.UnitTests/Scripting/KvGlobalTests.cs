using Invoke.Application.Common.Exceptions;
using Invoke.Application.KeyValueStore;
using Invoke.Application.KeyValueStore.Queries.ListKvKeys;
using Invoke.Application.Runtime.Execution;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Invoke.Infrastructure.UnitTests.Scripting;

/// <summary>The <c>kv</c> global's bridge to the store port, below the database.</summary>
public sealed class KvGlobalTests
{
    private readonly IFunctionKeyValueStore _store = Substitute.For<IFunctionKeyValueStore>();

    [Fact]
    public async Task Calls_ShouldNameTheInvocationsProjectWhateverTheScriptPasses()
    {
        var projectId = Guid.NewGuid();
        _store.GetAsync(projectId, "k", Arg.Any<CancellationToken>()).Returns("""{"a":[1]}""");
        _store.ListAsync(projectId, "p", 2, null, Arg.Any<CancellationToken>()).Returns(new KvKeyPageDto(["p1", "p2"], "p2"));

        var response = await RunAsync(
            projectId,
            "module.exports = async (req, res) => res.json([await kv.get('k'), await kv.set('k', 1, 500), await kv.list({ prefix: 'p', limit: 2 })]);");

        Assert.Equal("""[{"a":[1]},true,{"keys":["p1","p2"],"cursor":"p2"}]""", response.Text());
        await _store.Received(1).SetAsync(projectId, "k", "1", 500, Arg.Any<CancellationToken>());
        Assert.All(_store.ReceivedCalls(), call => Assert.Equal(projectId, call.GetArguments()[0]));
    }

    [Fact]
    public async Task Failures_ShouldRejectWithTheRuleButNeverWithTheHostsDetails()
    {
        _store.SetAsync(Arg.Any<Guid>(), Arg.Any<string>(), Arg.Any<string>(), Arg.Any<long?>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new PayloadTooLargeException("Storage quota exceeded. Projected usage: 1.00MB, Limit: 1.00MB"));
        _store.GetAsync(Arg.Any<Guid>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new InvalidOperationException("connection to 10.0.0.5 refused"));

        var response = await RunAsync(
            Guid.NewGuid(),
            """
            const reason = (p) => p.then(() => 'resolved', (e) => e.message);
            module.exports = async (req, res) => res.json([await reason(kv.set('k', 1)), await reason(kv.get('k'))]);
            """);

        Assert.Equal(
            """["KV set error: Storage quota exceeded. Projected usage: 1.00MB, Limit: 1.00MB","KV get error: the key-value store could not complete the operation"]""",
            response.Text());
    }

    [Fact]
    public async Task Invocation_ShouldWaitForACallThatNoAwaitHolds()
    {
        var answer = new TaskCompletionSource<string?>();
        _store.GetAsync(Arg.Any<Guid>(), "slow", Arg.Any<CancellationToken>()).Returns(answer.Task);

        var running = RunAsync(Guid.NewGuid(), "module.exports = (req, res) => { kv.get('slow').then((v) => res.json({ v })); };");
        await Task.Delay(50);
        answer.SetResult("\"late\"");

        Assert.Equal("""{"v":"late"}""", (await running).Text());
    }

    private Task<FunctionResponse> RunAsync(Guid projectId, string indexJs) =>
        Sandbox.Runtime(keyValueStore: _store).RunAsync(
            new FunctionInvocation(
                Guid.NewGuid(), Guid.NewGuid(), projectId, Sandbox.Package(indexJs), new Dictionary<string, string>(),
                Sandbox.Request(), new InvocationLimits(TimeSpan.FromSeconds(5), 64L * 1024 * 1024)),
            CancellationToken.None);
}
