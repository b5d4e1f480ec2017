using Invoke.Application.Runtime.Egress;

namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

[Collection(LoopbackCollection.Name)]
public sealed class NodeClientEgressTests(LoopbackServers servers)
{
    private readonly EgressSandbox _sandbox = new(servers);

    [Fact]
    public async Task Http_get_streams_an_incoming_message_with_nodes_header_shapes()
    {
        var response = await _sandbox.RunAsync("""
            const http = require('http');
            module.exports = (req, res) => {
              http.get('http://127.0.0.1:HTTP_PORT/headers', (incoming) => {
                let body = '';
                incoming.setEncoding('utf8');
                incoming.on('data', (chunk) => { body += chunk; });
                incoming.on('end', () => res.json([incoming.statusCode, incoming.statusMessage, incoming.headers['set-cookie'], incoming.headers['x-multi'], body]));
              }).on('error', (e) => res.status(500).send(e.message));
            };
            """);

        Assert.Equal("""[200,"OK",["a=1","b=2"],"one, two","ok"]""", response.Outcome());
    }

    [Fact]
    public async Task Http_request_writes_a_body_and_leaves_redirects_and_encodings_to_the_caller()
    {
        var response = await _sandbox.RunAsync("""
            const http = require('http');
            const send = (options, body) => new Promise((resolve, reject) => {
              const req = http.request(options, (incoming) => {
                const chunks = [];
                incoming.on('data', (c) => chunks.push(c));
                incoming.on('end', () => resolve([incoming.statusCode, incoming.headers.location || incoming.headers['content-encoding'] || Buffer.concat(chunks).toString()]));
              });
              req.on('error', reject);
              if (body) req.write(body);
              req.end();
            });
            module.exports = async (req, res) => {
              const posted = await send({ host: '127.0.0.1', port: HTTP_PORT, path: '/echo', method: 'PUT', headers: { 'content-type': 'text/plain' } }, 'payload');
              const redirect = await send({ host: '127.0.0.1', port: HTTP_PORT, path: '/redirect?to=/hello' });
              const gzip = await send('http://127.0.0.1:HTTP_PORT/gzip');
              res.json([JSON.parse(posted[1]).method, JSON.parse(posted[1]).body, redirect, gzip]);
            };
            """);

        Assert.Equal("""["PUT","payload",[302,"/hello"],[200,"gzip"]]""", response.Outcome());
    }

    [Fact]
    public async Task Https_get_verifies_the_test_certificate_and_a_denied_host_emits_policy_denied()
    {
        var before = servers.Accepted(servers.ForbiddenPort);

        var response = await _sandbox.RunAsync("""
            const https = require('https');
            const http = require('http');
            module.exports = (req, res) => {
              https.get('https://secure.allowed.test:HTTPS_PORT/hello', (incoming) => {
                let body = '';
                incoming.on('data', (c) => { body += c; });
                incoming.on('end', () => {
                  http.get('http://127.0.0.2:FORBIDDEN_PORT/hello', () => res.send('reached'))
                    .on('error', (e) => res.json([body, e.code, e.syscall, e.address]));
                });
              }).on('error', (e) => res.status(500).send(e.message));
            };
            """);

        Assert.Equal("""["hello","POLICY_DENIED","connect","127.0.0.2"]""", response.Outcome());
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
    }

    [Fact]
    public async Task Servers_cannot_be_created()
    {
        var response = await _sandbox.RunAsync("""
            module.exports = (req, res) => res.json(['http', 'https', 'net', 'tls'].map((name) => {
              try { require(name).createServer(); return 'created'; } catch (e) { return e.code; }
            }));
            """);

        Assert.Equal("""["ERR_NOT_SUPPORTED","ERR_NOT_SUPPORTED","ERR_NOT_SUPPORTED","ERR_NOT_SUPPORTED"]""", response.Outcome());
    }

    [Fact]
    public async Task Dns_resolves_through_the_platform_resolver_within_the_domain_rules()
    {
        var response = await _sandbox.RunAsync("""
            const dns = require('dns');
            module.exports = async (req, res) => {
              const all = await dns.promises.lookup('mixed.allowed.test', { all: true });
              const one = await new Promise((resolve) => dns.lookup('api.allowed.test', (e, address, family) => resolve([address, family])));
              let denied, missing, servers;
              try { await require('dns/promises').lookup('x.denied.test'); } catch (e) { denied = e.code; }
              try { await dns.promises.resolve4('nowhere.allowed.test'); } catch (e) { missing = e.code; }
              try { dns.setServers(['8.8.8.8']); } catch (e) { servers = e.code; }
              res.json([all, one, denied, missing, servers]);
            };
            """);

        Assert.Equal(
            """[[{"address":"127.0.0.1","family":4},{"address":"127.0.0.2","family":4}],["127.0.0.1",4],"POLICY_DENIED","ENOTFOUND","ERR_NOT_SUPPORTED"]""",
            response.Outcome());
        Assert.Equal(0, _sandbox.Resolver.Lookups("x.denied.test"));
    }

    [Fact]
    public async Task Net_sockets_reach_an_allowed_name_and_a_port_bound_rule_denies_the_bare_address_without_connecting()
    {
        var before = servers.Accepted(servers.TcpPort);

        var response = await _sandbox.RunAsync("""
            const net = require('net');
            module.exports = (req, res) => {
              const denied = net.connect(TCP_PORT, '127.0.0.1');
              denied.on('error', (e) => {
                const socket = net.connect({ host: 'api.allowed.test', port: TCP_PORT }, () => socket.write('ping'));
                socket.on('data', (data) => { res.json([e.code, data.toString(), socket.remoteAddress]); socket.end(); });
                socket.on('error', (failure) => res.status(500).send(failure.message));
              });
            };
            """);

        Assert.Equal("""["POLICY_DENIED","echo:ping","127.0.0.1"]""", response.Outcome());
        Assert.Equal(before + 1, servers.Accepted(servers.TcpPort));
    }

    [Fact]
    public async Task Tls_connect_checks_the_certificate_for_the_server_name()
    {
        var response = await _sandbox.RunAsync("""
            const tls = require('tls');
            module.exports = (req, res) => {
              const socket = tls.connect({ host: 'secure.allowed.test', port: HTTPS_PORT }, () => {
                socket.write('GET /hello HTTP/1.1\r\nHost: secure.allowed.test\r\nConnection: close\r\n\r\n');
              });
              let text = '';
              socket.on('data', (d) => { text += d; });
              socket.on('end', () => res.json([socket.encrypted, text.split('\r\n')[0], text.includes('\r\nhello\r\n')]));
              socket.on('error', (e) => res.status(500).send(e.message));
            };
            """);

        Assert.Equal("""[true,"HTTP/1.1 200 OK",true]""", response.Outcome());
    }

    [Fact]
    public async Task What_an_invocation_leaves_open_is_closed_when_it_ends()
    {
        var (hangs, tcp) = (servers.HangsClosed, servers.TcpClosed);

        var response = await _sandbox.RunAsync("""
            const net = require('net');
            module.exports = async (req, res) => {
              const r = await fetch('http://127.0.0.1:HTTP_PORT/hang');
              const reader = r.body.getReader();
              await reader.read();
              const socket = net.connect(TCP_PORT, 'api.allowed.test');
              socket.on('connect', () => res.send(String(r.status)));
            };
            """);

        Assert.Equal("200", response.Outcome());
        Assert.True(await LoopbackServers.EventuallyAsync(() => servers.HangsClosed > hangs), "the pending response stayed open");
        Assert.True(await LoopbackServers.EventuallyAsync(() => servers.TcpClosed > tcp), "the socket stayed open");
    }

    [Fact]
    public async Task The_bytes_and_connections_of_an_invocation_are_limited()
    {
        var sandbox = new EgressSandbox(servers, new EgressOptions { MaxBytesPerInvocation = 100_000, MaxConnectionsPerInvocation = 1 });

        var bytes = await sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const small = await (await fetch('http://127.0.0.1:HTTP_PORT/big?bytes=50000')).arrayBuffer();
              try { await (await fetch('http://127.0.0.1:HTTP_PORT/big?bytes=200000')).arrayBuffer(); res.send('read'); }
              catch (e) { res.send(small.byteLength + ' ' + e.cause.code); }
            };
            """);
        var connections = await sandbox.RunAsync("""
            module.exports = async (req, res) => {
              const open = await fetch('http://127.0.0.1:HTTP_PORT/hang');
              try { await fetch('http://127.0.0.1:HTTP_PORT/hello'); res.send('second'); } catch (e) { res.send(open.status + ' ' + e.cause.code); }
            };
            """);

        Assert.Equal("50000 ERR_EGRESS_LIMIT", bytes.Outcome());
        Assert.Equal("200 ERR_EGRESS_LIMIT", connections.Outcome());
    }

    [Fact]
    public async Task Connections_are_pooled_per_project_and_never_shared_between_projects()
    {
        var sandbox = new EgressSandbox(servers);
        const string source = "module.exports = async (req, res) => res.send(await (await fetch('http://api.allowed.test:HTTP_PORT/hello')).text());";
        var (projectA, projectB) = (Guid.NewGuid(), Guid.NewGuid());
        var before = servers.Accepted(servers.HttpPort);

        await sandbox.RunAsync(source, projectA);
        await sandbox.RunAsync(source, projectA);
        var afterProjectA = servers.Accepted(servers.HttpPort);
        await sandbox.RunAsync(source, projectB);

        Assert.Equal(before + 1, afterProjectA);
        Assert.Equal(afterProjectA + 1, servers.Accepted(servers.HttpPort));
    }

    [Fact]
    public async Task WebSocket_clients_of_ws_and_the_global_reach_an_allowed_host_and_a_denied_one_gets_no_connection()
    {
        var before = servers.Accepted(servers.ForbiddenPort);

        var response = await _sandbox.RunAsync("""
            const WS = require('ws');
            module.exports = (req, res) => {
              const seen = [];
              const ws = new WS('ws://api.allowed.test:HTTP_PORT/ws');
              ws.on('open', () => ws.send('ping'));
              ws.on('message', (data, isBinary) => { seen.push(data.toString(), isBinary); ws.close(1000, 'done'); });
              ws.on('close', (code, reason) => {
                seen.push(code, reason.toString());
                const web = new WebSocket('ws://127.0.0.1:HTTP_PORT/ws');
                web.binaryType = 'arraybuffer';
                web.onopen = () => web.send(new Uint8Array([1, 2]));
                web.onmessage = (event) => { seen.push(new Uint8Array(event.data).length); web.close(); };
                web.onclose = (event) => {
                  seen.push(event.code);
                  const denied = new WS('ws://127.0.0.2:FORBIDDEN_PORT/ws');
                  denied.on('error', (e) => { seen.push(e.code); });
                  denied.on('close', (code) => { seen.push(code); res.json(seen); });
                };
              });
            };
            """);

        Assert.Equal("""["echo:ping",false,1000,"bye",7,1000,"POLICY_DENIED",1006]""", response.Outcome());
        Assert.Equal(before, servers.Accepted(servers.ForbiddenPort));
    }
}
