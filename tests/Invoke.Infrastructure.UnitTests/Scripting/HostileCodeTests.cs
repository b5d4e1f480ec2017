using System.Diagnostics;
using Invoke.Application.Runtime.Execution;

namespace Invoke.Infrastructure.UnitTests.Scripting;

/// <summary>
/// Each hostile function must end only its own invocation, within its limit, while a well-behaved function running at
/// the same time answers normally.
/// </summary>
public sealed class HostileCodeTests
{
    private static readonly InvocationLimits Tight = new(TimeSpan.FromSeconds(1), 32L * 1024 * 1024);

    [Theory]
    [InlineData("module.exports = () => { while (true) {} };")]
    [InlineData("module.exports = async () => { await sleep(5); while (true) {} };")]
    [InlineData("module.exports = () => new Promise(() => {});")]
    [InlineData("module.exports = (req, res) => { setInterval(() => {}, 1); };")]
    public async Task Code_that_never_finishes_times_out(string source)
    {
        // Room in memory, so that only the deadline can end it: the memory limit counts allocations, not live memory.
        var response = await RunBesideAWellBehavedFunctionAsync(source, new InvocationLimits(Tight.Timeout, 512L * 1024 * 1024));

        Assert.Equal(InvocationFailureKind.Timeout, response.Failure?.Kind);
        Assert.Equal(504, response.StatusCode);
        Assert.StartsWith("timeout", response.Failure!.Message);
    }

    [Fact]
    public async Task An_endless_microtask_loop_ends_at_its_deadline_or_its_allocation_limit()
    {
        // Each await allocates a promise job and the loop never yields to a timer, so whichever limit comes first ends it.
        var response = await RunBesideAWellBehavedFunctionAsync("module.exports = async () => { for (;;) { await null; } };");

        Assert.Contains(response.Failure?.Kind, new InvocationFailureKind?[] { InvocationFailureKind.Timeout, InvocationFailureKind.MemoryLimit });
    }

    [Theory]
    [InlineData("module.exports = () => { const a = []; for (;;) a.push('x'.repeat(1024) + Math.random()); };")]
    [InlineData("module.exports = () => { let s = 'x'; for (;;) s += s; };")]
    [InlineData("const keep = []; module.exports = (req, res) => { setInterval(() => keep.push(new Array(1000000).fill(Math.random())), 1); };")]
    public async Task A_memory_bomb_ends_with_a_memory_error(string source)
    {
        // A deadline far beyond what the bomb needs, so that only the memory limits can end it.
        var response = await RunBesideAWellBehavedFunctionAsync(source, new InvocationLimits(TimeSpan.FromSeconds(20), 32L * 1024 * 1024));

        Assert.NotNull(response.Failure);
        Assert.Contains(response.Failure!.Kind, new[] { InvocationFailureKind.MemoryLimit, InvocationFailureKind.CodeError });
        Assert.Equal(500, response.StatusCode);
    }

    [Theory]
    [InlineData("function f() { return f(); } module.exports = () => f();")]
    [InlineData("const o = { valueOf() { return +this; } }; module.exports = () => +o;")]
    [InlineData("const o = { get x() { return this.x; } }; module.exports = () => o.x;")]
    [InlineData("const o = {}; o.toString = function () { return String(this); }; module.exports = () => `${o}`;")]
    public async Task Unbounded_recursion_is_a_code_error(string source)
    {
        var response = await RunBesideAWellBehavedFunctionAsync(source);

        Assert.Equal(InvocationFailureKind.CodeError, response.Failure?.Kind);
    }

    [Fact]
    public async Task A_catastrophic_regular_expression_is_stopped()
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await RunBesideAWellBehavedFunctionAsync(
            "module.exports = (req, res) => res.send(String(/^(a+)+$/.test('a'.repeat(40) + 'b')));",
            new InvocationLimits(TimeSpan.FromSeconds(10), 32L * 1024 * 1024),
            new ExecutionOptions { RegexTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.NotNull(response.Failure);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"took {stopwatch.Elapsed}");
    }

    /// <summary>Native crypto cannot be stopped by the deadline, so its arguments bound its cost (ADR 0032).</summary>
    [Theory]
    [InlineData("crypto.generateKeyPairSync('rsa', { modulusLength: 16384 })", "ERR_OUT_OF_RANGE")]
    [InlineData("crypto.scryptSync('p', 's', 16, { N: 2 ** 20, maxmem: 2 ** 31 })", "ERR_CRYPTO_INVALID_SCRYPT_PARAMS")]
    public async Task Native_crypto_too_costly_to_stop_is_refused_up_front(string call, string code)
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await Sandbox.RunAsync(
            $"const crypto = require('crypto'); module.exports = (req, res) => {{ try {{ {call}; res.send('ran'); }} catch (e) {{ res.send(e.code); }} }};");

        Assert.Equal(code, response.Text());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task A_hundred_megabytes_of_console_output_is_truncated()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { const line = 'x'.repeat(1024 * 1024); for (let i = 0; i < 100; i++) console.log(line); res.send('done'); };",
            limits: new InvocationLimits(TimeSpan.FromSeconds(10), 512L * 1024 * 1024));

        Assert.Null(response.Failure);
        Assert.True(response.ConsoleTruncated);
        Assert.True(response.Console.Sum(c => c.Message.Length) <= Sandbox.Options.MaxConsoleCharacters);
    }

    [Fact]
    public async Task A_response_over_the_cap_is_refused()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { const chunk = 'x'.repeat(1024 * 1024); for (let i = 0; i < 100; i++) res.write(chunk); res.end(); };",
            limits: new InvocationLimits(TimeSpan.FromSeconds(10), 512L * 1024 * 1024),
            options: new ExecutionOptions { MaxResponseBodyBytes = 8L * 1024 * 1024 });

        Assert.Equal(InvocationFailureKind.ResponseTooLarge, response.Failure?.Kind);
        Assert.Empty(response.Body);
    }

    [Theory]
    [InlineData("typeof System")]
    [InlineData("typeof importNamespace")]
    [InlineData("typeof __host")]
    [InlineData("typeof __invoke")]
    [InlineData("typeof clr")]
    [InlineData("(() => { try { return typeof ''.constructor.constructor('return this')().System; } catch (e) { return 'threw'; } })()")]
    [InlineData("(() => { try { return typeof Object.getPrototypeOf(console.log).GetType; } catch (e) { return 'threw'; } })()")]
    [InlineData("typeof setTimeout(() => {}, 1).GetType")]
    public async Task Script_cannot_reach_dotnet(string expression)
    {
        var response = await Sandbox.RunAsync($"module.exports = (req, res) => res.send(String({expression}));");

        Assert.Null(response.Failure);
        Assert.Contains(response.Text(), new[] { "undefined", "threw" });
    }

    [Theory]
    [InlineData("require('fs').readFileSync('/etc/passwd')")]
    [InlineData("require('fs').readFileSync('../etc/passwd')")]
    [InlineData("require('fs').readdirSync('/app/..')")]
    [InlineData("require('/etc/passwd')")]
    [InlineData("require('../../etc/passwd')")]
    [InlineData("require('/app/../etc/hostname')")]
    public async Task Script_cannot_read_outside_its_package(string expression)
    {
        var response = await Sandbox.RunAsync($"module.exports = (req, res) => {{ try {{ {expression}; res.send('read'); }} catch (e) {{ res.send(e.code || e.message); }} }};");

        Assert.NotEqual("read", response.Text());
    }

    [Fact]
    public async Task A_host_failure_message_never_reaches_script()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { try { Buffer.from('x').toString('klingon'); } catch (e) { res.send(e.message); } };");

        Assert.Equal("Unknown encoding: klingon", response.Text());
    }

    [Fact]
    public async Task Globals_do_not_leak_between_invocations_or_projects()
    {
        const string source = "module.exports = (req, res) => { const before = globalThis.mark; globalThis.mark = process.env.NAME; Object.prototype.polluted = 1; res.json({ before: before ?? null, env: process.env.NAME }); };";

        var first = Sandbox.RunAsync(source, environment: new Dictionary<string, string> { ["NAME"] = "project-a" });
        var second = Sandbox.RunAsync(source, environment: new Dictionary<string, string> { ["NAME"] = "project-b" });
        var responses = await Task.WhenAll(first, second);
        var third = await Sandbox.RunAsync("module.exports = (req, res) => res.json({ mark: globalThis.mark ?? null, polluted: ({}).polluted ?? null });");

        Assert.Equal("{\"before\":null,\"env\":\"project-a\"}", responses[0].Text());
        Assert.Equal("{\"before\":null,\"env\":\"project-b\"}", responses[1].Text());
        Assert.Equal("{\"mark\":null,\"polluted\":null}", third.Text());
    }

    private static async Task<FunctionResponse> RunBesideAWellBehavedFunctionAsync(
        string source, InvocationLimits? limits = null, ExecutionOptions? options = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var hostile = Sandbox.RunAsync(source, limits: limits ?? Tight, options: options);
        var neighbour = Sandbox.RunAsync("module.exports = async (req, res) => { await sleep(50); res.send('fine'); };");

        var neighbourResponse = await neighbour;
        Assert.Equal("fine", neighbourResponse.Text());
        var response = await hostile;
        Assert.True(stopwatch.Elapsed < (limits ?? Tight).Timeout + TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        return response;
    }
}
