using Invoke.Application.Runtime.Execution;

namespace Invoke.Infrastructure.UnitTests.Scripting;

public sealed class SandboxBasicsTests
{
    [Fact]
    public async Task An_async_handler_answers_with_json()
    {
        var response = await Sandbox.RunAsync("module.exports = async (req, res) => { await sleep(1); res.json({ ok: true, method: req.method }); };");

        Assert.Null(response.Failure);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"ok\":true,\"method\":\"GET\"}", response.Text());
        Assert.Equal("application/json; charset=utf-8", response.Header("content-type"));
    }

    [Fact]
    public async Task A_thrown_error_is_a_code_error_with_its_stack_in_the_message()
    {
        var response = await Sandbox.RunAsync("module.exports = () => { throw new TypeError('boom'); };");

        Assert.Equal(InvocationFailureKind.CodeError, response.Failure?.Kind);
        Assert.Contains("TypeError: boom", response.Failure!.Message);
        Assert.Equal(500, response.StatusCode);
    }

    [Fact]
    public async Task Console_output_is_captured_per_call_with_its_level()
    {
        var response = await Sandbox.RunAsync("module.exports = (req, res) => { console.log('a', 1, {b: 2}); console.error('bad'); res.end(); };");

        Assert.Equal([("log", "a 1 { b: 2 }"), ("error", "bad")], response.Console.Select(c => (c.Level, c.Message)));
    }

    [Fact]
    public async Task Process_env_holds_the_given_variables_only()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => res.json(process.env);",
            environment: new Dictionary<string, string> { ["GREETING"] = "hi" });

        Assert.Equal("{\"GREETING\":\"hi\"}", response.Text());
    }

    [Fact]
    public async Task Require_loads_package_files_json_and_node_modules()
    {
        var response = await Sandbox.RunAsync(
            "const lib = require('./lib'); const data = require('./data.json'); const dep = require('dep'); const t = require('node:timers/promises');" +
            "module.exports = async (req, res) => { await t.setTimeout(1); res.send(lib.name + data.n + dep()); };",
            files:
            [
                ("lib/index.js", "exports.name = 'lib';"),
                ("data.json", "{\"n\": 7}"),
                ("node_modules/dep/package.json", "{\"main\": \"main.js\"}"),
                ("node_modules/dep/main.js", "module.exports = () => require('../../lib').name.toUpperCase();"),
            ]);

        Assert.Null(response.Failure);
        Assert.Equal("lib7LIB", response.Text());
    }

    [Fact]
    public async Task A_missing_module_throws_module_not_found()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { try { require('nope'); } catch (e) { res.send(e.code + ' ' + e.message); } };");

        Assert.Equal("MODULE_NOT_FOUND Cannot find module 'nope'", response.Text());
    }

    [Fact]
    public async Task Unsupported_modules_throw_err_not_supported()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { try { require('child_process'); } catch (e) { res.send(e.code); } };");

        Assert.Equal("ERR_NOT_SUPPORTED", response.Text());
    }

    [Fact]
    public async Task A_response_sent_from_a_timer_after_the_handler_returned_is_used()
    {
        var response = await Sandbox.RunAsync("module.exports = (req, res) => { setTimeout(() => res.status(201).send('late'), 20); };");

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("late", response.Text());
    }

    [Fact]
    public async Task A_caller_that_goes_away_gets_an_operation_cancelled_exception()
    {
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var runtime = Sandbox.Runtime();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runtime.RunAsync(
            new FunctionInvocation(
                Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Sandbox.Package("module.exports = () => { while (true) {} };"),
                new Dictionary<string, string>(), Sandbox.Request(), new InvocationLimits(TimeSpan.FromSeconds(10), 64L * 1024 * 1024)),
            caller.Token));
    }

    [Fact]
    public async Task Web_globals_are_present()
    {
        var response = await Sandbox.RunAsync(
            """
            module.exports = (req, res) => {
              const u = new URL('/a/b?x=1&y=two#h', 'https://Example.com:8443');
              const bytes = new TextEncoder().encode('héllo');
              const clone = structuredClone({ d: [1, { e: 2 }] });
              const controller = new AbortController();
              let aborted = false;
              controller.signal.addEventListener('abort', () => { aborted = true; });
              controller.abort();
              queueMicrotask(() => {
                res.json({
                  href: u.href, host: u.host, x: u.searchParams.get('y'), len: bytes.length,
                  back: new TextDecoder().decode(bytes), b64: btoa('hi'), un: atob('aGk='), clone, aborted,
                  buf: Buffer.from('hi').toString('hex'), perf: typeof performance.now(),
                });
              });
            };
            """);

        Assert.Null(response.Failure);
        Assert.Equal(
            "{\"href\":\"https://example.com:8443/a/b?x=1&y=two#h\",\"host\":\"example.com:8443\",\"x\":\"two\",\"len\":6," +
            "\"back\":\"héllo\",\"b64\":\"aGk=\",\"un\":\"hi\",\"clone\":{\"d\":[1,{\"e\":2}]},\"aborted\":true,\"buf\":\"6869\",\"perf\":\"number\"}",
            response.Text());
    }
}
