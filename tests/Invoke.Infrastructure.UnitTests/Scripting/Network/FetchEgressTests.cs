namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

[Collection(LoopbackCollection.Name)]
public sealed class FetchEgressTests(LoopbackServers servers)
{
    private readonly EgressSandbox _sandbox = new(servers);

    [Fact]
    public async Task Fetch_of_an_allowed_address_returns_status_headers_and_body()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const r = await fetch('http://127.0.0.1:HTTP_PORT/json');
              res.json({ status: r.status, ok: r.ok, type: r.headers.get('content-type'), body: await r.json(), url: r.url, redirected: r.redirected });
            };
            """);

        Assert.Equal(
            $$"""{"status":200,"ok":true,"type":"application/json; charset=utf-8","body":{"name":"invoke","list":[1,2,3]},"url":"http://127.0.0.1:{{servers.HttpPort}}/json","redirected":false}""",
            response.Outcome());
    }

    [Fact]
    public async Task Fetch_of_a_denied_address_fails_like_node_logs_the_rule_and_never_connects()
    {
        var before = servers.Accepted(servers.ForbiddenPort);

        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              try { await fetch('http://127.0.0.2:FORBIDDEN_PORT/hello'); res.send('reached'); }
              catch (e) { res.json([e.name, e.message, e.cause.code, e.cause.syscall, e.cause.address]); }
            };
            """);

        Assert.Equal("""["TypeError","fetch failed","POLICY_DENIED","connect","127.0.0.2"]""", response.Outcome());
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
        var line = Assert.Single(response.Console, l => l.Message.StartsWith("Network policy blocked", StringComparison.Ordinal));
        Assert.Equal($"Network policy blocked connection to 127.0.0.2:{servers.ForbiddenPort}: Denied by project rule #1", line.Message);
    }

    [Theory]
    [InlineData("0x7f.0.0.2")]
    [InlineData("2130706434")]
    [InlineData("127.2")]
    [InlineData("[::ffff:127.0.0.2]")]
    public async Task Alternative_spellings_of_a_denied_address_are_denied(string host)
    {
        var before = servers.Accepted(servers.ForbiddenPort);

        var response = await _sandbox.RunAsync($$"""
            module.exports = async (req, res) => {
              try { await fetch('http://{{host}}:FORBIDDEN_PORT/hello'); res.send('reached'); }
              catch (e) { res.send(e.cause.code + ' ' + e.cause.address); }
            };
            """);

        Assert.Equal("POLICY_DENIED 127.0.0.2", response.Outcome());
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
    }

    [Fact]
    public async Task An_alternative_spelling_of_an_allowed_address_reaches_it()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => res.send(await (await fetch('http://0x7f.1:HTTP_PORT/hello')).text());
            """);

        Assert.Equal("hello", response.Outcome());
    }

    [Fact]
    public async Task A_port_the_rules_do_not_allow_is_denied_on_an_allowed_address()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              try { await fetch('http://127.0.0.1:TCP_PORT/'); res.send('reached'); }
              catch (e) { res.send(e.cause.code + ': ' + e.cause.reason); }
            };
            """);

        Assert.Equal("POLICY_DENIED: No matching policy rule - default deny", response.Outcome());
    }

    [Fact]
    public async Task A_domain_rule_allows_a_name_and_the_request_keeps_its_host_header()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => res.send((await (await fetch('http://api.allowed.test:HTTP_PORT/echo')).json()).host);
            """);

        Assert.Equal($"api.allowed.test:{servers.HttpPort}", response.Outcome());
    }

    [Fact]
    public async Task A_domain_deny_rule_wins_over_the_address_the_name_resolves_to()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              try { await fetch('http://x.denied.test:HTTP_PORT/hello'); res.send('reached'); }
              catch (e) { res.send(e.cause.code + ': ' + e.cause.reason); }
            };
            """);

        Assert.Equal("POLICY_DENIED: Denied by project rule #2", response.Outcome());
        Assert.Equal(0, _sandbox.Resolver.Lookups("x.denied.test"));
    }

    [Fact]
    public async Task A_name_resolving_to_an_allowed_and_a_denied_address_is_denied_without_a_connection()
    {
        var before = (servers.Accepted(servers.HttpPort), servers.Accepted(servers.ForbiddenPort));

        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              try { await fetch('http://mixed.allowed.test:HTTP_PORT/hello'); res.send('reached'); }
              catch (e) { res.send(e.cause.code + ' ' + e.cause.address); }
            };
            """);

        Assert.Equal("POLICY_DENIED 127.0.0.2", response.Outcome());
        Assert.Equal(before, (servers.Accepted(servers.HttpPort), servers.Accepted(servers.ForbiddenPort)));
        Assert.Contains(response.Console, l => l.Message == $"Network policy blocked connection to mixed.allowed.test:{servers.HttpPort} (resolved to 127.0.0.2): Denied by project rule #1");
    }

    [Fact]
    public async Task A_redirect_to_a_denied_host_is_refused_before_any_request_reaches_it()
    {
        var before = servers.Accepted(servers.ForbiddenPort);

        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const target = encodeURIComponent('http://127.0.0.2:FORBIDDEN_PORT/hello');
              try { await fetch('http://127.0.0.1:HTTP_PORT/redirect?to=' + target); res.send('reached'); }
              catch (e) { res.send(e.cause.code); }
            };
            """);

        Assert.Equal("POLICY_DENIED", response.Outcome());
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
    }

    [Fact]
    public async Task Redirect_modes_follow_manual_and_error_behave_as_in_node()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const url = 'http://127.0.0.1:HTTP_PORT/redirect?to=' + encodeURIComponent('/hello');
              const followed = await fetch(url);
              const manual = await fetch(url, { redirect: 'manual' });
              let error;
              try { await fetch(url, { redirect: 'error' }); } catch (e) { error = e.name + ': ' + e.message; }
              res.json([followed.status, followed.redirected, new URL(followed.url).pathname, await followed.text(),
                manual.status, manual.headers.get('location'), error]);
            };
            """);

        Assert.Equal("""[200,true,"/hello","hello",302,"/hello","TypeError: fetch failed"]""", response.Outcome());
    }

    [Fact]
    public async Task A_rebinding_name_is_resolved_once_and_the_checked_address_is_dialled()
    {
        var before = servers.Accepted(servers.ForbiddenPort);
        var sandbox = new EgressSandbox(servers);

        var response = await sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const r = await fetch('http://rebind.example:HTTP_PORT/echo');
              res.send((await r.json()).host);
            };
            """);

        Assert.Equal($"rebind.example:{servers.HttpPort}", response.Outcome());
        Assert.Equal(1, sandbox.Resolver.Lookups("rebind.example"));
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
    }

    [Fact]
    public async Task Bodies_read_as_text_array_buffer_stream_and_decompressed()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const base = 'http://127.0.0.1:HTTP_PORT';
              const chunks = [];
              for await (const chunk of (await fetch(base + '/stream')).body) chunks.push(new TextDecoder().decode(chunk));
              const buffer = await (await fetch(base + '/hello')).arrayBuffer();
              const gzip = await fetch(base + '/gzip');
              const headers = await fetch(base + '/headers');
              res.json([chunks.join(''), buffer.byteLength, await gzip.text(), gzip.headers.get('content-encoding'),
                headers.headers.getSetCookie(), headers.headers.get('x-multi')]);
            };
            """);

        Assert.Equal("""["chunk0;chunk1;chunk2;chunk3;chunk4;",5,"compressed hello","gzip",["a=1","b=2"],"one, two"]""", response.Outcome());
    }

    [Fact]
    public async Task Requests_send_their_method_headers_and_body()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const r = await fetch('http://127.0.0.1:HTTP_PORT/echo', { method: 'post', headers: { 'X-Custom': 'yes' }, body: new URLSearchParams({ a: '1' }) });
              res.json(await r.json());
            };
            """);

        Assert.Equal(
            $$"""{"method":"POST","host":"127.0.0.1:{{servers.HttpPort}}","contentType":"application/x-www-form-urlencoded;charset=UTF-8","custom":"yes","authorization":"","body":"a=1"}""",
            response.Outcome());
    }

    [Fact]
    public async Task Https_uses_the_name_for_sni_and_verifies_the_certificate()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => res.send(await (await fetch('https://secure.allowed.test:HTTPS_PORT/hello')).text());
            """);

        Assert.Equal("hello", response.Outcome());
    }

    [Fact]
    public async Task An_aborted_fetch_rejects_with_the_signal_reason()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = async (req, res) => {
              try { await fetch('http://127.0.0.1:HTTP_PORT/hang', { signal: AbortSignal.timeout(1) }).then((r) => r.text()); res.send('done'); }
              catch (e) { res.send(e.name); }
            };
            """);

        Assert.Equal("TimeoutError", response.Outcome());
    }
}
