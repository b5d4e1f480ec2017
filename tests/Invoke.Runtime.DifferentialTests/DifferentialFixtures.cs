namespace Invoke.Runtime.DifferentialTests;

public sealed record DifferentialRequest(
    string Method = "GET",
    string Path = "/",
    string Query = "",
    string? Body = null,
    string? ContentType = null,
    params (string Name, string Value)[] Headers);

/// <param name="IgnoredHeaders">Headers that differ by design (see docs/compatibility.md).</param>
public sealed record DifferentialFixture(
    string Name, (string Name, string Content)[] Files, DifferentialRequest[] Requests, IReadOnlySet<string>? IgnoredHeaders = null)
{
    public IReadOnlySet<string> IgnoredHeaders { get; } = IgnoredHeaders ?? new HashSet<string>();

    public override string ToString() => Name;
}

/// <summary>Function sources run both under Node with Express 5 and in Invoke; each request's answers must agree.</summary>
public static class DifferentialFixtures
{
    private static DifferentialFixture Fixture(string name, string indexJs, params DifferentialRequest[] requests) =>
        new(name, [("index.js", indexJs)], requests.Length == 0 ? [new DifferentialRequest()] : requests);

    public static IReadOnlyList<DifferentialFixture> All { get; } =
    [
        Fixture("req-query", "module.exports = (req, res) => res.json({ query: req.query, path: req.path, url: req.url, method: req.method });",
            new DifferentialRequest(Path: "/a/b", Query: "x=1&y=2&y=3&z=a%20b+c&empty="),
            new DifferentialRequest(Method: "DELETE", Path: "/")),
        Fixture("req-body", "module.exports = (req, res) => res.json({ body: req.body, type: typeof req.body, isBuffer: Buffer.isBuffer(req.body) });",
            new DifferentialRequest(Method: "POST", Body: "{\"a\":[1,2,{\"b\":null}]}", ContentType: "application/json"),
            new DifferentialRequest(Method: "POST", Body: "a=1&b=two&b=three", ContentType: "application/x-www-form-urlencoded"),
            new DifferentialRequest(Method: "POST", Body: "plain words", ContentType: "text/plain"),
            new DifferentialRequest(Method: "POST")),
        Fixture("req-cookies-headers", "module.exports = (req, res) => res.json({ cookies: req.cookies, ua: req.get('User-Agent'), ref: req.get('referrer'), custom: req.header('x-custom'), missing: req.get('x-missing') ?? null, xhr: req.xhr });",
            new DifferentialRequest(Headers: [("Cookie", "a=1; b=hello%20world; c=\"quoted\""), ("User-Agent", "diff/1"), ("Referer", "http://r.example/"), ("X-Custom", "v"), ("X-Requested-With", "XMLHttpRequest")])),
        Fixture("req-is", "module.exports = (req, res) => res.json({ json: req.is('json'), app: req.is('application/*'), html: req.is('html'), list: req.is(['text', 'json']) });",
            new DifferentialRequest(Method: "POST", Body: "{}", ContentType: "application/json"),
            new DifferentialRequest(Method: "POST", Body: "hi", ContentType: "text/plain; charset=utf-8"),
            new DifferentialRequest()),
        Fixture("req-accepts", "module.exports = (req, res) => res.json({ pick: req.accepts(['json', 'html']), text: req.accepts('text/plain'), html: req.accepts('html') });",
            new DifferentialRequest(Headers: [("Accept", "text/html;q=0.9, application/json")]),
            new DifferentialRequest(Headers: [("Accept", "text/*")]),
            new DifferentialRequest()),
        Fixture("req-fresh", "module.exports = (req, res) => { res.set('ETag', '\"abc\"'); res.json({ fresh: req.fresh, stale: req.stale, subdomains: req.subdomains, hostname: req.hostname, protocol: req.protocol, secure: req.secure }); };",
            new DifferentialRequest(Headers: [("If-None-Match", "\"abc\"")]),
            new DifferentialRequest()),
        Fixture("res-send-string", "module.exports = (req, res) => res.send('<p>hello</p>');"),
        Fixture("res-send-typed-string", "module.exports = (req, res) => res.type('text/plain').send('plain');"),
        Fixture("res-send-number-null-bool", "module.exports = (req, res) => { const v = req.query.v; res.send(v === 'null' ? null : v === 'true' ? true : Number(v)); };",
            new DifferentialRequest(Query: "v=null"),
            new DifferentialRequest(Query: "v=true"),
            new DifferentialRequest(Query: "v=42")),
        Fixture("res-send-buffer", "module.exports = (req, res) => res.send(Buffer.from('binary-bytes'));"),
        Fixture("res-send-object", "module.exports = (req, res) => res.status(202).send({ a: 1, nested: [true, 'x'] });"),
        Fixture("res-send-nothing", "module.exports = (req, res) => res.status(204).send();"),
        Fixture("res-json-types", "module.exports = (req, res) => res.json([1, 'two', null, { three: 3 }]);"),
        Fixture("res-send-status", "module.exports = (req, res) => res.sendStatus(Number(req.query.code));",
            new DifferentialRequest(Query: "code=404"),
            new DifferentialRequest(Query: "code=418"),
            new DifferentialRequest(Query: "code=201")),
        Fixture("res-redirect", "module.exports = (req, res) => req.query.s ? res.redirect(Number(req.query.s), '/to?a=b c') : res.redirect('https://example.com/<x>');",
            new DifferentialRequest(),
            new DifferentialRequest(Query: "s=301", Headers: [("Accept", "text/plain")])),
        Fixture("res-cookies", "module.exports = (req, res) => { res.cookie('a', 'one two'); res.cookie('obj', { k: 1 }, { httpOnly: true, secure: true, sameSite: 'lax', path: '/p', domain: 'example.com' }); res.clearCookie('old'); res.end(); };"),
        Fixture("res-headers", "module.exports = (req, res) => { res.set('X-One', '1'); res.set({ 'X-Two': 2, 'Content-Type': 'text/csv' }); res.append('X-List', 'a'); res.append('X-List', ['b', 'c']); res.append('Link', '<x>'); res.vary('Accept'); res.json({ one: res.get('x-one'), list: res.get('x-list'), has: res.hasHeader('x-two') }); };"),
        Fixture("res-type", "module.exports = (req, res) => res.type(req.query.t).send('x');",
            new DifferentialRequest(Query: "t=json"),
            new DifferentialRequest(Query: "t=.html"),
            new DifferentialRequest(Query: "t=png"),
            new DifferentialRequest(Query: "t=application/xml")),
        Fixture("res-attachment", "module.exports = (req, res) => res.attachment('reports/q1 report.pdf').send('pdf');"),
        Fixture("res-end", "module.exports = (req, res) => { res.statusCode = 209; res.setHeader('x-raw', 'yes'); res.write('part1-'); res.end('part2'); };"),
        Fixture("res-status-chain", "module.exports = async (req, res) => { await new Promise((r) => setTimeout(r, 5)); res.status(418).json({ teapot: true }); };"),
        Fixture("res-etag-fresh", "module.exports = (req, res) => res.send('cached body');",
            new DifferentialRequest(),
            new DifferentialRequest(Headers: [("If-None-Match", "W/\"b-RpduzBJZAFbH5eCQN8YG1M7vsAE\"")])),
        new DifferentialFixture("res-send-file",
            [("index.js", "module.exports = (req, res) => req.query.d ? res.download(__dirname + '/public/data.json', 'export.json') : res.sendFile('public/page.html', { root: __dirname, lastModified: false });"),
                ("public/page.html", "<h1>page</h1>"), ("public/data.json", "{\"d\":1}")],
            [new DifferentialRequest(), new DifferentialRequest(Query: "d=1")],
            // Express derives ETag and Last-Modified from the file's time; a package's files have none, so Invoke hashes them.
            new HashSet<string> { "etag", "last-modified" }),
        new DifferentialFixture("require-resolution",
            [("index.js", "const a = require('./lib/a'); const b = require('./lib/b.js'); const data = require('./data'); const dep = require('dep'); const timers = require('node:timers/promises'); module.exports = async (req, res) => { await timers.setTimeout(1); res.json({ a, b: b(), data, dep, circular: require('./lib/a').seenB }); };"),
                ("lib/a.js", "exports.name = 'a'; exports.seenB = require('./b')();"),
                ("lib/b.js", "const a = require('./a'); module.exports = () => 'b saw ' + a.name;"),
                ("data.json", "{\"n\": 1}"),
                ("node_modules/dep/package.json", "{\"name\":\"dep\",\"exports\":{\".\":{\"require\":\"./cjs.js\",\"import\":\"./esm.mjs\"}}}"),
                ("node_modules/dep/cjs.js", "module.exports = { kind: 'cjs', dir: typeof __dirname };")],
            [new DifferentialRequest()]),
        Fixture("console-and-globals", "module.exports = (req, res) => { const u = new URL('https://user:pw@Example.com:8080/p/a?x=1#frag'); const p = new URLSearchParams('a=1&a=2&b=%20x'); res.json({ href: u.href, origin: u.origin, host: u.host, path: u.pathname, search: u.search, hash: u.hash, all: p.getAll('a'), b: p.get('b'), str: p.toString(), b64: Buffer.from('héllo').toString('base64'), hex: Buffer.from('ff00', 'hex').length, enc: Array.from(new TextEncoder().encode('é')), clone: structuredClone(new Map([[1, { x: 2 }]])).get(1), btoa: btoa('abc'), atob: atob('YWJj') }); };"),
        Fixture("module-path", """
            const path = require('path');
            const posix = require('node:path/posix');
            const attempt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; } };
            module.exports = (req, res) => res.json({
              join: [path.join('/a/b', '../c', './d/'), path.join(''), path.join('a', '', 'b/..'), path.join('../x', '../../y')],
              normalize: ['a//b/../../../c/', '', '/..', './', 'a/./b/.'].map(path.normalize),
              resolve: [path.resolve('/x', 'y/../z/'), path.resolve('/a', '/b', 'c'), path.resolve('/')],
              dirname: ['/a/b/', 'a', '/', '//a', '', 'a/b'].map(path.dirname),
              basename: [path.basename('/a/b.html', '.html'), path.basename('a', 'a'), path.basename('/a/b/', 'b'), path.basename('/a/b.js/', '.js'), path.basename('x/')],
              extname: ['a.b.c', '.bashrc', 'a.', '..', '...', 'dir/'].map(path.extname),
              relative: [path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'), path.relative('/a/b', '/a/b/c/d')],
              parse: ['/a/b/', 'a', '/', './x.tar.gz', '/home/u/.profile'].map(path.parse),
              format: [path.format({ root: '/', name: 'f', ext: 'txt' }), path.format({ dir: '/d', base: 'b.c' }), path.format({ name: 'n' })],
              absolute: [path.isAbsolute('/a'), path.isAbsolute('a')],
              constants: [path.sep, path.delimiter, path.posix === path, posix === path],
              errors: [attempt(() => path.join('a', 1)), attempt(() => path.basename(null)), attempt(() => path.format('x'))],
            });
            """),
        Fixture("module-util", """
            const util = require('node:util');
            const types = require('util/types');
            class Foo { constructor() { this.x = 1; } }
            const circular = { name: 'c' }; circular.self = circular;
            const attempt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; } };
            module.exports = async (req, res) => {
              const inspected = [
                'a\'b', 'a\'b"c', 'x\n\ty\u0001', { a: { b: { c: { d: 1 } } } }, { a: { b: { c: {} } } }, new Map([['a', 1]]), new Set(),
                Object.create(null), function () {}, function named() {}, class A {}, class B extends Array {}, [, 1, , ,], { 'a-b': 1, [Symbol('s')]: 2, get g() { return 1; } },
                new Foo(), Buffer.from('hi'), new Uint8Array(2), new ArrayBuffer(2), -0, 10n, [[[[1]]]], new Date(0), /x/g, new Number(3), new String('ab'),
                circular, { aaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbb', cccccccccccccccccc: 'ddddddddddddddddddddddddd' }, { e: new WeakMap(), s: Symbol.iterator, n: null, u: undefined },
                [1, 2, 3], { [util.inspect.custom]: () => 'custom!' }, new Array(3), 'z'.repeat(5),
              ].map((v) => util.inspect(v));
              const formatted = [
                util.format('%s %d %i %f %j %O %%', 'a', 1.5, 2.7, '3.5', { a: 1 }, { b: 2 }), util.format('a', { x: 1 }, 'b'), util.format(1, 2),
                util.format('%s', { a: { b: { c: 1 } } }), util.format('%s %s', null, undefined), util.format('%d', '0x10'), util.format('%s:%s', 'only'), util.format('%c%s', 'css', 'x'),
              ];
              const readFile = (name, done) => setTimeout(() => (name === 'bad' ? done(new Error('nope')) : done(null, 'content of ' + name)), 1);
              const read = util.promisify(readFile);
              const back = await new Promise((resolve) => util.callbackify(async (n) => n * 2)(21, (error, value) => resolve([error, value])));
              const falsy = await new Promise((resolve) => util.callbackify(() => Promise.reject(null))((error) => resolve({ code: error.code, reason: error.reason })));
              function Animal() {} Animal.prototype.speak = function () { return 'generic'; };
              function Dog() { Animal.call(this); } util.inherits(Dog, Animal);
              res.json({
                inspected, formatted,
                promisified: [await read('a'), await read('bad').catch((e) => e.message)],
                callbackified: [back, falsy],
                inherits: [new Dog().speak(), Dog.super_ === Animal, new Dog() instanceof Animal],
                types: [types.isDate(new Date()), types.isDate({}), types.isRegExp(/x/), types.isMap(new Map()), types.isSet(new Map()), types.isPromise(Promise.resolve()),
                  types.isTypedArray(new Uint16Array(1)), types.isUint8Array(Buffer.alloc(1)), types.isArrayBuffer(new ArrayBuffer(1)), types.isNativeError(new TypeError()),
                  types.isBoxedPrimitive(new Number(1)), types.isBoxedPrimitive(1), types.isAsyncFunction(async () => {}), types.isAsyncFunction(() => {}), types.isGeneratorFunction(function* () {}),
                  util.types === types],
                deepEqual: [util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual({ a: 1 }, { a: '1' }), util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])),
                  util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 2 }]])), util.isDeepStrictEqual([1, 2], [1, 2, 3])],
                encoder: Array.from(new util.TextEncoder().encode('hé')), decoder: new util.TextDecoder().decode(new Uint8Array([104, 195, 169])),
                deprecated: util.deprecate((x) => x + 1, 'old')(1),
                errors: [attempt(() => util.promisify(1)), attempt(() => util.inherits(function () {}, null))],
              });
            };
            """),
        Fixture("module-events", """
            const EventEmitter = require('events');
            const { once, on, errorMonitor } = require('node:events');
            class Bus extends EventEmitter {}
            module.exports = async (req, res) => {
              const bus = new Bus();
              const log = [];
              bus.on('newListener', (name) => log.push('new:' + String(name)));
              bus.on('x', (a, b) => log.push('x1:' + a + b));
              bus.prependListener('x', () => log.push('x0'));
              bus.once('x', () => log.push('once'));
              const emitted = [bus.emit('x', 1, 2), bus.emit('x', 3, 4), bus.emit('nothing')];
              const counts = [bus.listenerCount('x'), bus.eventNames(), bus.listeners('x').length, bus.rawListeners('x').length, bus.getMaxListeners()];
              const handler = () => log.push('removed?');
              bus.on('y', handler); bus.off('y', handler); bus.emit('y');
              bus.on(errorMonitor, (e) => log.push('monitor:' + e.message));
              let thrown;
              try { bus.emit('error', new Error('bad')); } catch (e) { thrown = e.message; }
              let unhandled;
              try { new EventEmitter().emit('error', 'text'); } catch (e) { unhandled = { code: e.code, message: e.message }; }
              setTimeout(() => bus.emit('ready', 'a', 'b'), 1);
              const ready = await once(bus, 'ready');
              const failing = new EventEmitter();
              setTimeout(() => failing.emit('error', new Error('once failed')), 1);
              const rejected = await once(failing, 'never').catch((e) => e.message);
              const ticker = new EventEmitter();
              setTimeout(() => { ticker.emit('tick', 1); ticker.emit('tick', 2); ticker.emit('tick', 3); }, 1);
              const ticks = [];
              for await (const [n] of on(ticker, 'tick')) { ticks.push(n); if (n === 3) break; }
              bus.removeAllListeners('x');
              let badListener;
              try { bus.on('z', 'nope'); } catch (e) { badListener = { code: e.code, message: e.message }; }
              res.json({ log, emitted, counts, thrown, unhandled, ready, rejected, ticks, afterRemoveAll: bus.listenerCount('x'), tickerLeft: ticker.listenerCount('tick'), badListener, defaultMax: EventEmitter.defaultMaxListeners, isSelf: EventEmitter.EventEmitter === EventEmitter });
            };
            """),
        Fixture("module-querystring", """
            const qs = require('querystring');
            module.exports = (req, res) => res.json({
              parse: [qs.parse('a=1&b=2&a=3&c&=x&d=%E2%82%AC+y'), qs.parse('a:1;b:2', ';', ':'), qs.parse('bad=%E0%A4%A&ok=1'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })],
              stringify: [qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: 'é!*()' }), qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('nope')],
              escape: [qs.escape('a b&c/d'), qs.unescape('a%20b+c'), qs.decode === qs.parse, qs.encode === qs.stringify],
            });
            """),
        Fixture("module-string_decoder", """
            const { StringDecoder } = require('string_decoder');
            module.exports = (req, res) => {
              const euro = Buffer.from('€');
              const utf8 = new StringDecoder('utf8');
              const parts = [utf8.write(euro.subarray(0, 1)), utf8.write(euro.subarray(1, 2)), utf8.write(Buffer.concat([euro.subarray(2), Buffer.from('ok')])), utf8.end()];
              const cut = new StringDecoder('utf8');
              const cutParts = [cut.write(euro.subarray(0, 2)), cut.end()];
              const b64 = new StringDecoder('base64');
              const b64Parts = [b64.write(Buffer.from('ab')), b64.write(Buffer.from('cd')), b64.end()];
              const u16 = new StringDecoder('utf16le');
              const smile = Buffer.from('😀', 'utf16le');
              const u16Parts = [u16.write(smile.subarray(0, 3)), u16.write(smile.subarray(3)), u16.end()];
              const hex = new StringDecoder('hex');
              res.json({ parts, cutParts, b64Parts, u16Parts, hex: [hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16]))], encoding: [utf8.encoding, new StringDecoder().encoding, new StringDecoder('latin1').encoding] });
            };
            """),
        Fixture("module-os", """
            const os = require('node:os');
            module.exports = (req, res) => res.json({
              eol: os.EOL, endianness: os.endianness(), platform: os.platform(), type: os.type(), arrays: [Array.isArray(os.cpus()), os.loadavg().length],
              kinds: ['hostname', 'homedir', 'tmpdir', 'release', 'uptime', 'totalmem', 'freemem', 'networkInterfaces', 'userInfo'].map((name) => typeof os[name]()),
              sigterm: os.constants.signals.SIGTERM, devNull: os.devNull,
            });
            """),
        Fixture("module-assert", """
            const assert = require('assert');
            const strict = require('node:assert/strict');
            const caught = (fn) => { try { fn(); return 'passed'; } catch (e) { return { name: e.name, code: e.code, operator: e.operator, generated: e.generatedMessage, actual: e.actual === undefined ? 'undefined' : e.actual, expected: e.expected === undefined ? 'undefined' : String(e.expected), isAssertionError: e instanceof assert.AssertionError }; } };
            const message = (fn) => { try { fn(); return 'passed'; } catch (e) { return e.message; } };
            module.exports = async (req, res) => res.json({
              passing: [caught(() => assert(1)), caught(() => assert.equal(1, '1')), caught(() => assert.deepEqual({ a: 1 }, { a: '1' })), caught(() => strict.deepEqual({ a: [1] }, { a: [1] })),
                caught(() => assert.notStrictEqual(1, 2)), caught(() => assert.throws(() => { throw new TypeError('t'); }, TypeError)), caught(() => assert.throws(() => { throw new Error('abc'); }, /ab/)),
                caught(() => assert.throws(() => { throw Object.assign(new Error('m'), { code: 'X' }); }, { code: 'X', message: /m/ })), caught(() => assert.match('abc', /b/)), caught(() => assert.ifError(null))],
              failing: [caught(() => assert.strictEqual(1, 2)), caught(() => strict.equal(1, '1')), caught(() => assert.deepStrictEqual({ a: 1 }, { a: '1' })), caught(() => assert.notEqual(1, 1)),
                caught(() => assert.throws(() => {})), caught(() => assert.ok(0, 'custom')), caught(() => assert.fail('boom')), caught(() => assert.doesNotThrow(() => { throw new Error('x'); })),
                caught(() => assert.doesNotMatch('abc', /b/))],
              messages: [message(() => assert.strictEqual(1, 2)), message(() => assert.ok(false, 'custom')), message(() => assert.throws(() => {})), message(() => assert.throws(() => {}, TypeError)),
                message(() => assert.fail()), message(() => assert.ifError(new Error('oops'))), message(() => assert.equal(1, 2, 'mine')), message(() => assert.strictEqual(1, 2, new RangeError('own')))],
              rejects: [await assert.rejects(Promise.reject(new Error('r')), /r/).then(() => 'ok'), await assert.rejects(Promise.resolve(1)).catch((e) => e.message), await assert.doesNotReject(Promise.resolve()).then(() => 'ok')],
              strictIsStrict: [assert.strict === strict, strict.strict === strict],
            });
            """),
        Fixture("module-crypto", """
            const crypto = require('node:crypto');
            const attempt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; } };
            const hex = (b) => Buffer.from(b).toString('hex');
            // Ciphertexts produced by Node: Invoke must decode them.
            const fromNode = {
              gcm: ['6eb8bf262132', '00791f8f62132f47b848482150badc65'],
              cbc: '1446aac24eeb21afb0005000550ac1678757950ba878ce3872b90b5876b21883',
              chacha: ['b8012dbc6f38', 'b8213f1066bf5f2200eb1a6f0a280e68'],
              ctr: '4f8182e3c175ade5d15c4158abe27ce723f0c2697fb9c20c2435f936a9',
            };
            function decrypt(algorithm, key, iv, data, tag, aad) {
              const d = crypto.createDecipheriv(algorithm, key, iv);
              if (aad) d.setAAD(Buffer.from(aad));
              if (tag) d.setAuthTag(Buffer.from(tag, 'hex'));
              return d.update(data, 'hex', 'utf8') + d.final('utf8');
            }
            function encrypt(algorithm, key, iv, text, aad) {
              const c = crypto.createCipheriv(algorithm, key, iv);
              if (aad) c.setAAD(Buffer.from(aad));
              const out = c.update(text.slice(0, 5), 'utf8', 'hex') + c.update(text.slice(5), 'utf8', 'hex') + c.final('hex');
              return algorithm.includes('gcm') || algorithm.includes('poly') ? [out, c.getAuthTag().toString('hex')] : out;
            }
            module.exports = async (req, res) => {
              const digests = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'].map((d) => crypto.createHash(d).update('a').update(Buffer.from('bc')).digest('hex'));
              const copied = crypto.createHash('sha256').update('x'); const copy = copied.copy().update('y').digest('base64');
              const chunk = Buffer.from('mutated later'); const early = crypto.createHash('sha256').update(chunk); const hmacEarly = crypto.createHmac('sha1', 'k').update(chunk); chunk.fill(0);
              const mutation = [early.digest('hex'), hmacEarly.digest('hex'), crypto.createHash('sha512').update(new Uint16Array([1, 2, 3]).subarray(1)).digest('hex')];
              const hmac = crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex');
              const pbkdf2 = crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex');
              const pbkdf2Async = await new Promise((resolve) => crypto.pbkdf2('password', 'salt', 2, 32, 'sha256', (e, key) => resolve(key.toString('hex'))));
              const hkdf = hex(crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42));
              const roundTrips = {
                gcm: decrypt('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), ...[encrypt('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), 'round trip text', 'hdr')].flat(), 'hdr'),
                cbc: decrypt('aes-192-cbc', Buffer.alloc(24, 9), Buffer.alloc(16, 8), encrypt('aes-192-cbc', Buffer.alloc(24, 9), Buffer.alloc(16, 8), 'sixteen bytes!!!and more')),
                ctr: encrypt('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0xff), 'counter mode across the wrap!'),
                ecb: encrypt('aes-128-ecb', Buffer.alloc(16, 1), null, 'ecb block'),
              };
              const decoded = {
                gcm: decrypt('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), fromNode.gcm[0], fromNode.gcm[1], 'hdr'),
                cbc: decrypt('aes-128-cbc', Buffer.alloc(16, 3), Buffer.alloc(16, 4), fromNode.cbc),
                chacha: decrypt('chacha20-poly1305', Buffer.alloc(32, 5), Buffer.alloc(12, 6), fromNode.chacha[0], fromNode.chacha[1]),
                ctr: decrypt('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0xff), fromNode.ctr),
              };
              const encrypted = { gcm: encrypt('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), 'invoke', 'hdr'), chacha: encrypt('chacha20-poly1305', Buffer.alloc(32, 5), Buffer.alloc(12, 6), 'chacha') };
              const noPadding = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).setAutoPadding(false);
              const errors = [attempt(() => crypto.createHash('nope')), attempt(() => crypto.createHmac('nope', 'k')), attempt(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(3), Buffer.alloc(16))),
                attempt(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(3))), attempt(() => crypto.createCipheriv('nope', Buffer.alloc(16), Buffer.alloc(16))),
                attempt(() => decrypt('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16), '00'.repeat(16))), attempt(() => decrypt('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), fromNode.gcm[0], '00'.repeat(16), 'hdr')),
                attempt(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2))), attempt(() => crypto.randomInt(5, 1)), attempt(() => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope')),
                attempt(() => { noPadding.update('short'); return noPadding.final(); }), attempt(() => { const h = crypto.createHash('md5'); h.digest(); return h.digest(); })];
              const random = { bytes: crypto.randomBytes(7).length, uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
                int: [0, 0, 0, 0, 0].map(() => crypto.randomInt(3, 6)).every((n) => n >= 3 && n < 6), values: crypto.getRandomValues(new Uint32Array(4)).length,
                global: globalThis.crypto === crypto.webcrypto, fill: crypto.randomFillSync(Buffer.alloc(4), 1, 2).length, async: await new Promise((resolve) => crypto.randomBytes(3, (e, b) => resolve(b.length))) };
              const subtle = crypto.subtle;
              const digest = hex(await subtle.digest('SHA-256', new TextEncoder().encode('abc')));
              const hmacKey = await subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
              const signature = await subtle.sign('HMAC', hmacKey, Buffer.from('what do ya want for nothing?'));
              const aesKey = await subtle.importKey('raw', Buffer.alloc(32, 1), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
              const sealed = await subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2), additionalData: Buffer.from('hdr') }, aesKey, Buffer.from('invoke'));
              const opened = Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2), additionalData: Buffer.from('hdr') }, aesKey, sealed)).toString();
              res.json({
                digests, copy, mutation, hmac, pbkdf2, pbkdf2Async, hkdf, oneShot: crypto.hash('sha1', 'abc'), roundTrips, decoded, encrypted, errors, random,
                safeEqual: [crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))],
                lists: [['md5', 'sha1', 'sha256', 'sha512'].every((h) => crypto.getHashes().includes(h)), ['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305'].every((c) => crypto.getCiphers().includes(c))],
                webcrypto: { digest, signature: hex(signature), verified: await subtle.verify('HMAC', hmacKey, signature, Buffer.from('what do ya want for nothing?')), sealed: hex(sealed), opened },
                secretKey: crypto.createSecretKey(Buffer.from('k1')).export().toString(),
              });
            };
            """),
        Fixture("module-crypto-keys", """
            const crypto = require('node:crypto');
            // Keys and outputs made by Node: Invoke must read them, and write the same exports and deterministic signatures.
            const rsaPem = "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBANfm7ikmPf7qqj1O\n5bzVJSqgE5C7DKjwM5/3kh2KXWCTFDPA6u04irUxU2nbU7E7n2vArTobgoXG7UlV\nnm1+2yxPiQ8WVA9tZc12+HcZaY9FJDky7nWEulcW/yx+0T2FGoyoabQS+p1LVtEC\naGma4ZmJXMRZ4JlJkwPngBxvT18VAgMBAAECgYAnXu5JRLcDeGmI+o08bSX06vIG\nb4W0fPD9F9lmV6gFh2ykr2Zn0erBdfg/Eoblh/jfXmh4czHPEWKN//X/A6YVzaZd\nu1mNKAgJ1p5TXXZ4legzpR6yE6G5NRjXB6e6yBm9tApEWh44o2zRu0ZpHhq5fjme\nBmEGnaJ+5e2/GXrTNQJBAPbrDU8ZllwZ0P+bcAQP1z+BXM5fTmlOwvwmTQKODyva\nTmNePsOFbL/lV0FzonoVQsDx93rDtisqkc8ROa9RI8cCQQDf19W+Pz0pmvIxDorN\n7+CrrGGfkPKpd0GeAXZy16ki5SqLu+oWnbkWpbI3ieargFM/4O4+xuz1TJDYvDxT\nsO5DAkAGlAiMvO/GkGGDDc8ULJ/db0LbtKpQH+sN8K9IjCRXVL+V4iLl7p4RFrkW\nY1BG1F4s6cVgHeqyh7XOwHS6+PxtAkAeGrsGYR7qr4oPCvOkCrTeocpnWWkpXX6X\nr36sp1B5/vQf4t/ytrej0hkL2yIIwrNvjeK80qgfvXJlk7tRTiRdAkEAvDFuw+/w\n355tIEmDFsN94FuWUwYyojbKV7KuqZtzSS3tJnuMw0VKfI7TVLBMAvxUizL3TcMJ\nxSgNHN16cm6acA==\n-----END PRIVATE KEY-----\n";
            const rsaPublicPem = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDX5u4pJj3+6qo9TuW81SUqoBOQ\nuwyo8DOf95Idil1gkxQzwOrtOIq1MVNp21OxO59rwK06G4KFxu1JVZ5tftssT4kP\nFlQPbWXNdvh3GWmPRSQ5Mu51hLpXFv8sftE9hRqMqGm0EvqdS1bRAmhpmuGZiVzE\nWeCZSZMD54Acb09fFQIDAQAB\n-----END PUBLIC KEY-----\n";
            const ecSec1Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIJtZclC2ooK3orP64G8ppImGkCZIa+h/iaHn7oZcFiGmoAoGCCqGSM49\nAwEHoUQDQgAE3Ny2nZf6sH/3yUM4zKPOtNnS9K+Jw8LbAoCQ4oPDq/H5N95h5JJa\nj7dr5OSAlPGJC85FXnk5mZHJxcpim0AjzQ==\n-----END EC PRIVATE KEY-----\n";
            const ecPublicPem = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3Ny2nZf6sH/3yUM4zKPOtNnS9K+J\nw8LbAoCQ4oPDq/H5N95h5JJaj7dr5OSAlPGJC85FXnk5mZHJxcpim0AjzQ==\n-----END PUBLIC KEY-----\n";
            const edPem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBekTBLvuZJ/W/pjPFdqs2CijwriLKjNMa97MeOZTQCy\n-----END PRIVATE KEY-----\n";
            const ecSignatureByNode = "MEYCIQCck1g3O10VJvO2H1d3/Kw+OpbLMp0jXKf7h3N+s/CqugIhAMNAiYWzAsZZlCq1J4Vz7LyrhTtw0DY993s1drScCz82";
            const rsaCipherByNode = "g6BIdmSjy6Frk3T0EZH6u/Mx/XvKBffspZxT5wJ+02nU4TvukhgbHRE2snMyD0/kMmcXkK9Qgo87f861oEe3AwpwZJHMGqynQyxZwhQ7X/ekV7Tl2eGDSObDWBHSSz7NaaeF7MrHur6n2xPqTiJ/oiKL9miJPbo1qRcVAJ7lRWk=";
            const code = (fn) => { try { fn(); return 'no error'; } catch (e) { return e.code; } };
            const details = (key) => { const d = key.asymmetricKeyDetails; return d && { ...d, publicExponent: d.publicExponent === undefined ? undefined : String(d.publicExponent) }; };
            const describe = (key) => ({ type: key.type, keyType: key.asymmetricKeyType, details: details(key) });
            const data = Buffer.from('signed content');
            module.exports = async (req, res) => {
              const rsa = crypto.createPrivateKey(rsaPem);
              const rsaPublic = crypto.createPublicKey(rsaPem);
              const ec = crypto.createPrivateKey(ecSec1Pem);
              const ed = crypto.createPrivateKey({ key: edPem, format: 'pem' });
              const fromJwk = crypto.createPrivateKey({ key: rsa.export({ format: 'jwk' }), format: 'jwk' });
              const fromDer = crypto.createPublicKey({ key: rsaPublic.export({ type: 'pkcs1', format: 'der' }), format: 'der', type: 'pkcs1' });
              const pss = crypto.sign('sha256', data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
              const signer = crypto.createSign('RSA-SHA256'); signer.update('signed '); signer.update('content');
              const verifier = crypto.createVerify('sha256'); verifier.update(data);
              const ecSignature = crypto.sign('sha256', data, ec);
              const p1363 = crypto.sign('sha384', data, { key: ec, dsaEncoding: 'ieee-p1363' });
              const sealed = crypto.publicEncrypt(rsaPublicPem, Buffer.from('round trip'));
              const pkcs1Sealed = crypto.publicEncrypt({ key: rsaPublic, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('pkcs1'));
              const generated = {};
              for (const [type, options] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-384' }], ['ed25519', {}]]) {
                const pair = crypto.generateKeyPairSync(type, options);
                const signature = crypto.sign(type === 'ed25519' ? null : 'sha256', data, pair.privateKey);
                generated[type] = { public: describe(pair.publicKey), private: describe(pair.privateKey), verifies: crypto.verify(type === 'ed25519' ? null : 'sha256', data, pair.publicKey, signature) };
              }
              const encoded = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } });
              const callbackPair = await new Promise((resolve) => crypto.generateKeyPair('ed25519', {}, (e, publicKey, privateKey) => resolve([publicKey.type, privateKey.type])));
              const encrypted = rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
              res.json({
                keys: [describe(rsa), describe(rsaPublic), describe(ec), describe(ed), describe(crypto.createPublicKey(ed))],
                exports: {
                  rsaPkcs1: rsa.export({ type: 'pkcs1', format: 'pem' }), rsaSpki: rsaPublic.export({ type: 'spki', format: 'pem' }) === rsaPublicPem,
                  rsaPublicPkcs1: rsaPublic.export({ type: 'pkcs1', format: 'pem' }), rsaJwk: rsa.export({ format: 'jwk' }), rsaPublicJwk: rsaPublic.export({ format: 'jwk' }),
                  ecPkcs8: ec.export({ type: 'pkcs8', format: 'pem' }), ecSec1: ec.export({ type: 'sec1', format: 'pem' }), ecJwk: ec.export({ format: 'jwk' }),
                  ecPublic: crypto.createPublicKey(ecSec1Pem).export({ type: 'spki', format: 'pem' }) === ecPublicPem,
                  edJwk: ed.export({ format: 'jwk' }), edPublicDer: crypto.createPublicKey(ed).export({ format: 'der', type: 'spki' }).toString('hex'),
                  jwkRoundTrip: fromJwk.export({ type: 'pkcs8', format: 'pem' }) === rsa.export({ type: 'pkcs8', format: 'pem' }), derRoundTrip: fromDer.equals(rsaPublic),
                  encrypted: encrypted.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----'),
                  decrypted: crypto.createPrivateKey({ key: encrypted, passphrase: 'pw' }).equals(rsa),
                },
                signatures: {
                  rsa: crypto.sign('sha256', data, rsa).toString('base64'), rsaStream: signer.sign(rsaPem, 'base64'),
                  rsaVerifies: verifier.verify(rsaPublicPem, crypto.sign('sha256', data, rsa)), rsaTampered: crypto.verify('sha256', Buffer.from('other'), rsaPublic, crypto.sign('sha256', data, rsa)),
                  pss: crypto.verify('sha256', data, { key: rsaPublic, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST }, pss),
                  ecByNode: crypto.verify('sha256', Buffer.from('hello'), ecPublicPem, Buffer.from(ecSignatureByNode, 'base64')),
                  ec: crypto.verify('sha256', data, ecPublicPem, ecSignature), p1363: [p1363.length, crypto.verify('sha384', data, { key: ec, dsaEncoding: 'ieee-p1363' }, p1363)],
                  ed: crypto.sign(null, data, ed).toString('base64'), edVerifies: crypto.verify(undefined, data, crypto.createPublicKey(ed), crypto.sign(null, data, ed)),
                  callback: await new Promise((resolve) => crypto.sign('sha256', data, rsa, (e, signature) => resolve(signature.toString('base64')))),
                },
                encryption: {
                  byNode: crypto.privateDecrypt(rsaPem, Buffer.from(rsaCipherByNode, 'base64')).toString(),
                  roundTrip: crypto.privateDecrypt(rsa, sealed).toString(), pkcs1: [pkcs1Sealed.length, code(() => crypto.privateDecrypt({ key: rsa, padding: crypto.constants.RSA_PKCS1_PADDING }, pkcs1Sealed))],
                  length: sealed.length,
                },
                generated, encoded: [encoded.publicKey.split('\n')[0], Buffer.isBuffer(encoded.privateKey)], callbackPair,
                scrypt: [crypto.scryptSync('password', 'salt', 32).toString('hex'), crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
                  await new Promise((resolve) => crypto.scrypt('pw', 'salt', 16, { cost: 256 }, (e, key) => resolve(key.toString('hex'))))],
                errors: [code(() => crypto.createPrivateKey('not a key')), code(() => crypto.createPrivateKey(rsaPublicPem)), code(() => crypto.sign('nope', data, rsa)),
                  code(() => crypto.scryptSync('p', 's', 16, { N: 3 })), code(() => crypto.createPrivateKey({ key: encrypted })), code(() => crypto.generateKeyPairSync('dsa-nope', {}))],
              });
            };
            """),
        new DifferentialFixture("module-fs",
            [("index.js", """
                const fs = require('fs');
                const fsp = require('node:fs/promises');
                const { promisify } = require('util');
                // Node serves the fixture from its own directory: paths and messages are shown relative to it.
                const local = (text) => String(text).split(__dirname).join('<dir>');
                const failure = (e) => ({ name: e.name, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path === undefined ? 'none' : local(e.path), message: local(e.message) });
                const attempt = (fn) => { try { return fn(); } catch (e) { return failure(e); } };
                const shape = (s) => ({ file: s.isFile(), directory: s.isDirectory(), link: s.isSymbolicLink(), size: s.size, mtime: s.mtime instanceof Date, type: s.mode & fs.constants.S_IFMT });
                module.exports = async (req, res) => {
                  const fd = fs.openSync(__dirname + '/data/notes.txt');
                  const head = Buffer.alloc(5);
                  const read = [fs.readSync(fd, head, 0, 5, null), head.toString(), fs.fstatSync(fd).size, fs.readFileSync(fd, 'utf8')];
                  fs.closeSync(fd);
                  const handle = await fsp.open(__dirname + '/data/notes.txt');
                  const handled = [(await handle.readFile('utf8')).length, (await handle.stat()).isFile()];
                  await handle.close();
                  const dir = fs.opendirSync(__dirname + '/data');
                  const names = [dir.readSync().name];
                  for await (const entry of dir) names.push(entry.name);
                  const opened = [local(dir.path), names.sort(), attempt(() => dir.readSync()), (await fsp.opendir(__dirname + '/data/nested')).readSync().isFile()];
                  res.json({
                    text: fs.readFileSync(__dirname + '/data/notes.txt', 'utf8'),
                    bytes: fs.readFileSync(__dirname + '/data/notes.txt').length,
                    json: JSON.parse(fs.readFileSync(__dirname + '/data/config.json', { encoding: 'utf8' })),
                    list: fs.readdirSync(__dirname + '/data').sort(),
                    recursive: fs.readdirSync(__dirname + '/data', { recursive: true }).sort(),
                    types: fs.readdirSync(__dirname + '/data', { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), local(d.parentPath)]).sort(),
                    stats: [shape(fs.statSync(__dirname + '/data/notes.txt')), shape(fs.lstatSync(__dirname + '/data')).directory, fs.statSync(__dirname + '/nothing', { throwIfNoEntry: false }) === undefined],
                    exists: [fs.existsSync(__dirname + '/index.js'), fs.existsSync(__dirname + '/nothing'), fs.existsSync(42)],
                    access: [attempt(() => fs.accessSync(__dirname + '/index.js', fs.constants.R_OK)) === undefined, attempt(() => fs.accessSync(__dirname + '/nothing'))],
                    realpath: local(fs.realpathSync(__dirname + '/data/../data/nested')),
                    read,
                    handled,
                    opened,
                    callback: await new Promise((resolve) => fs.readFile(__dirname + '/data/notes.txt', 'utf8', (e, text) => resolve([e, text.length]))),
                    callbackError: await new Promise((resolve) => fs.stat(__dirname + '/nothing', (e) => resolve(failure(e)))),
                    exists2: await new Promise((resolve) => fs.exists(__dirname + '/index.js', resolve)),
                    promised: [(await fsp.readFile(__dirname + '/data/config.json', 'utf8')).length, (await fsp.readdir(__dirname + '/data')).length, (await fsp.stat(__dirname + '/data')).isDirectory(),
                      (await promisify(fs.readdir)(__dirname + '/data/nested')).join(), fs.promises === fsp],
                    errors: [
                      attempt(() => fs.readFileSync(__dirname + '/nothing.txt')), attempt(() => fs.readFileSync(__dirname + '/data')), attempt(() => fs.readdirSync(__dirname + '/index.js')),
                      attempt(() => fs.readdirSync(__dirname + '/nothing')), attempt(() => fs.lstatSync(__dirname + '/nothing')), attempt(() => fs.readFileSync(42)), attempt(() => fs.readFileSync({})),
                      await fsp.readFile(__dirname + '/nothing').catch(failure), attempt(() => fs.closeSync(999)), attempt(() => fs.statSync('/a\0b')),
                    ],
                  });
                };
                """),
                ("data/notes.txt", "hello notes\nsecond line\n"), ("data/config.json", "{\"name\":\"cfg\",\"n\":[1,2]}"), ("data/nested/deep.txt", "deep")],
            [new DifferentialRequest()]),
        Fixture("module-stream", """
            const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
            const streamPromises = require('node:stream/promises');
            const { promisify } = require('util');
            const failure = (e) => e && { name: e.name, code: e.code, message: e.message };
            const collect = () => { const chunks = []; return { chunks, sink: new Writable({ write(chunk, encoding, callback) { chunks.push(chunk.toString()); callback(); } }) }; };
            const upper = () => new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); } });
            module.exports = async (req, res) => {
              const events = [];
              const source = new Readable({ read() {} });
              source.on('data', (c) => events.push('data:' + c));
              source.on('end', () => events.push('end'));
              source.on('close', () => events.push('close'));
              source.push('a'); source.push('b'); source.push(null);
              await new Promise((r) => source.on('close', r));

              const { chunks, sink } = collect();
              const piped = await new Promise((resolve) => pipeline(Readable.from(['x', 'y', 'z']), upper(), sink, (e) => resolve([failure(e), chunks.join('')])));

              const objects = [];
              for await (const item of Readable.from([{ n: 1 }, { n: 2 }, 3])) objects.push(item);
              const bytes = [];
              for await (const chunk of Readable.from(Buffer.from('buffered'), { objectMode: false })) bytes.push(chunk.toString());

              let written = 0;
              const slow = new Writable({ highWaterMark: 4, write(chunk, encoding, callback) { written += chunk.length; setImmediate(callback); } });
              const pressure = [slow.write('ab'), slow.write('cd'), slow.writableLength, slow.writableNeedDrain];
              await new Promise((r) => slow.once('drain', r));
              pressure.push(written, slow.writableLength);
              const order = [];
              slow.on('finish', () => order.push('finish')).on('close', () => order.push('close'));
              slow.end('ef', () => order.push('end-callback'));
              await new Promise((r) => slow.on('close', r));

              const readable = new Readable({ read() {} });
              readable.push('one'); readable.push('two'); readable.push(null);
              const reads = [];
              await new Promise((resolve) => { readable.on('readable', () => { let c; while ((c = readable.read()) !== null) reads.push(c.toString()); }); readable.on('end', resolve); });

              const broken = new Readable({ read() { this.destroy(new Error('boom')); } });
              const pipelineError = await new Promise((resolve) => pipeline(broken, new PassThrough(), (e) => resolve(failure(e))));
              const premature = await new Promise((resolve) => { const r = new Readable({ read() {} }); finished(r, (e) => resolve(failure(e))); r.destroy(); });
              const afterEnd = await new Promise((resolve) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.on('error', () => {}); w.end(); w.write('late', (e) => resolve(failure(e))); });

              const generated = [];
              await streamPromises.pipeline(Readable.from(['1', '2', '3']), async function* (input) { for await (const c of input) yield String(Number(c) * 2); },
                new Writable({ objectMode: true, write(c, e, cb) { generated.push(c); cb(); } }));
              const consumed = await streamPromises.pipeline(Readable.from(['p', 'q']), async (input) => { let all = ''; for await (const c of input) all += c; return all; });

              const duplex = new Duplex({ read() { this.push('from duplex'); this.push(null); }, write(c, e, cb) { cb(); } });
              const decoded = new PassThrough(); decoded.setEncoding('utf8');
              decoded.end(Buffer.from('€uro'));
              const text = await new Promise((r) => decoded.on('data', r));
              const paused = new PassThrough();
              paused.pause();
              res.json({
                events, piped, objects, bytes, pressure, order, reads, pipelineError, premature, afterEnd, generated, consumed, text,
                duplex: [duplex instanceof Readable, duplex instanceof Writable, (await duplex.toArray()).map(String)],
                kinds: [new PassThrough() instanceof Transform, new Transform() instanceof Duplex, typeof require('stream'), require('stream').Readable === Readable, paused.isPaused(), new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark],
                errors: [failure((() => { try { new Writable().write(null); } catch (e) { return e; } })()), failure((() => { try { new Writable().write(1); } catch (e) { return e; } })()),
                  await promisify(finished)(Readable.from([]).resume()).then(() => 'finished')],
              });
            };
            """),
        new DifferentialFixture("module-fs-zlib-streams",
            [("index.js", """
                const fs = require('fs');
                const zlib = require('zlib');
                const { pipeline, Writable } = require('stream');
                const failure = (e) => e && { name: e.name, code: e.code, syscall: e.syscall, message: String(e.message).split(__dirname).join('<dir>') };
                const gather = (stream) => new Promise((resolve, reject) => { const parts = []; stream.on('data', (c) => parts.push(c)).on('error', reject).on('end', () => resolve(Buffer.concat(parts))); });
                module.exports = async (req, res) => {
                  const events = [];
                  const whole = fs.createReadStream(__dirname + '/text.txt');
                  whole.on('open', () => events.push('open')).on('ready', () => events.push('ready')).on('end', () => events.push('end')).on('close', () => events.push('close'));
                  const text = (await gather(whole)).toString();
                  await new Promise((r) => whole.on('close', r));
                  const chunked = [];
                  await new Promise((resolve) => fs.createReadStream(__dirname + '/text.txt', { start: 2, end: 41, highWaterMark: 16, encoding: 'utf8' }).on('data', (c) => chunked.push(c)).on('end', resolve));
                  const missing = await new Promise((resolve) => fs.createReadStream(__dirname + '/missing.txt').on('error', (e) => resolve(failure(e))));
                  const zipped = await gather(fs.createReadStream(__dirname + '/text.txt').pipe(zlib.createGzip()));
                  const roundTrip = await new Promise((resolve) => {
                    const parts = [];
                    pipeline(fs.createReadStream(__dirname + '/text.txt'), zlib.createDeflate({ level: 9 }), zlib.createInflate(), new Writable({ write(c, e, cb) { parts.push(c); cb(); } }), (e) => resolve([failure(e), Buffer.concat(parts).toString() === text]));
                  });
                  const fromNode = await gather(zlib.createGunzip().end(Buffer.from('H4sIAAAAAAAAA8vLT0lVyE1MSVUoycgsVkivyiwAACNWALUTAAAA', 'base64')));
                  const corrupt = await new Promise((resolve) => { const g = zlib.createGunzip(); g.on('error', (e) => resolve([e.code, e.errno])); g.end(Buffer.from('not gzip')); g.resume(); });
                  const brotli = (await gather(zlib.createBrotliDecompress().end(zlib.brotliCompressSync('brotli streamed')))).toString();
                  res.json({
                    events, length: text.length, chunked, missing, zipped: zlib.gunzipSync(zipped).toString() === text, roundTrip, fromNode: fromNode.toString(), corrupt, brotli,
                    classes: [zlib.createGzip() instanceof zlib.Gzip, typeof zlib.Inflate, fs.createReadStream(__dirname + '/text.txt') instanceof fs.ReadStream],
                    level: (() => { try { zlib.createGzip({ level: 42 }); } catch (e) { return failure(e); } })(),
                  });
                };
                """),
                ("text.txt", string.Concat(Enumerable.Repeat("streamed text for the read stream; ", 40)))],
            [new DifferentialRequest()]),
        Fixture("module-punycode", """
            const punycode = require('punycode');
            const attempt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, message: e.message }; } };
            const words = ['mañana', 'bücher', '☃-⌘', 'ü', 'abc', '', 'ליהוה', '😀smile', 'MajiでKoiする5秒前', '\uD800x'];
            module.exports = (req, res) => res.json({
              version: punycode.version,
              encoded: words.map((w) => punycode.encode(w)),
              decoded: words.map((w) => punycode.decode(punycode.encode(w)) === w),
              ascii: ['mañana.com', 'Mañana.COM', 'джумла@джpумлатест.bрфa', 'ドメイン名例。jp', 'example.com', '☃.net'].map(punycode.toASCII),
              unicode: ['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'example.com', 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq', 'xn--n3h.net'].map(punycode.toUnicode),
              ucs2: [punycode.ucs2.decode('a😀\uD800'), punycode.ucs2.encode([0x61, 0x1f600, 0xd800])],
              errors: [attempt(() => punycode.decode('é-abc')), attempt(() => punycode.decode('abc-!')), attempt(() => punycode.decode('99999999999')), attempt(() => punycode.decode('zzzzzzzz'))],
            });
            """),
        Fixture("module-stream-flow", """
            const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
            const log = [];
            module.exports = async (req, res) => {
              let n = 0;
              const counter = new Readable({ highWaterMark: 4, read() { n++; log.push('read' + n); this.push(n > 5 ? null : 'c' + n); } });
              let inFlight = 0;
              const slow = new Writable({ highWaterMark: 2, write(chunk, e, cb) { log.push('write:' + chunk); inFlight++; setTimeout(() => { inFlight--; cb(); }, 2); } });
              slow.on('drain', () => log.push('drain'));
              await new Promise((resolve) => pipeline(counter, slow, (e) => { log.push('done:' + e); resolve(); }));
              const objects = new Transform({ objectMode: true, transform(o, e, cb) { this.push(o.n); this.push(o.n * 10); cb(); }, flush(cb) { this.push('flushed'); cb(); } });
              const got = [];
              objects.on('data', (v) => got.push(v)).on('end', () => got.push('end')).on('finish', () => got.push('finish'));
              objects.write({ n: 1 }); objects.write({ n: 2 }); objects.end();
              await new Promise((r) => objects.on('close', r));
              const paused = new PassThrough();
              const seen = [];
              paused.write('a'); paused.write('b');
              paused.on('data', (c) => { seen.push(c.toString()); paused.pause(); setTimeout(() => paused.resume(), 1); });
              paused.end('c');
              await new Promise((r) => paused.on('end', r));
              const partial = new Readable({ read() {} });
              partial.push('abcdef'); partial.push(null);
              const pieces = [];
              await new Promise((resolve) => partial.once('readable', () => { pieces.push(String(partial.read(2)), String(partial.read(3)), String(partial.read(5)), String(partial.read())); resolve(); }));
              const unshifted = new Readable({ read() {} });
              unshifted.push('world'); unshifted.unshift('hello '); unshifted.push(null);
              const states = [counter.readableEnded, counter.destroyed, slow.writableFinished, slow.destroyed, counter.readable, slow.writable];
              res.json({ log, got, seen, pieces, unshifted: (await unshifted.toArray()).join(''), states });
            };
            """),
        Fixture("module-zlib", """
            const zlib = require('zlib');
            const { promisify } = require('util');
            const attempt = (fn) => { try { return fn(); } catch (e) { return { name: e.name, code: e.code, errno: e.errno, message: e.message }; } };
            const text = 'compress me, '.repeat(50);
            // Compressed by Node: Invoke must decode them.
            const fromNode = { gzip: 'H4sIAAAAAAAAA8vLT0lVyE1MSVUoycgsVkivyiwAACNWALUTAAAA', deflate: 'eJzLy09JVUhJTctJLEkFAB2mBJw=', raw: 'K0osV8jLT0kFAA==', brotli: 'iweAYnJvdGxpIGZyb20gbm9kZQM=' };
            module.exports = async (req, res) => {
              const roundTrips = [
                zlib.inflateSync(zlib.deflateSync(text)).toString() === text, zlib.gunzipSync(zlib.gzipSync(text, { level: 9 })).toString() === text,
                zlib.inflateRawSync(zlib.deflateRawSync(text)).toString() === text, zlib.brotliDecompressSync(zlib.brotliCompressSync(text)).toString() === text,
                zlib.unzipSync(zlib.gzipSync(text)).toString() === text, zlib.unzipSync(zlib.deflateSync(text)).toString() === text,
                zlib.deflateSync(text).length < text.length,
              ];
              const decoded = {
                gzip: zlib.gunzipSync(Buffer.from(fromNode.gzip, 'base64')).toString(), deflate: zlib.inflateSync(Buffer.from(fromNode.deflate, 'base64')).toString(),
                raw: zlib.inflateRawSync(Buffer.from(fromNode.raw, 'base64')).toString(), brotli: zlib.brotliDecompressSync(Buffer.from(fromNode.brotli, 'base64')).toString(),
              };
              const viaCallback = await new Promise((resolve) => zlib.gzip(text, (e, zipped) => zlib.gunzip(zipped, (e2, plain) => resolve(plain.toString() === text))));
              const viaPromise = (await promisify(zlib.inflate)(await promisify(zlib.deflate)('promised'))).toString();
              res.json({
                roundTrips, decoded, viaCallback, viaPromise,
                crc32: [zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.alloc(0))],
                errors: [attempt(() => zlib.inflateSync(Buffer.from('nope'))), attempt(() => zlib.gunzipSync(Buffer.from('nope'))), attempt(() => zlib.deflateSync(text, { level: 12 })),
                  attempt(() => zlib.inflateSync(zlib.deflateSync(text), { maxOutputLength: 10 })).code],
                empty: [zlib.gzipSync('').toString('hex'), zlib.gzipSync('', { level: 9 }).toString('hex'), zlib.deflateSync('').toString('hex'), zlib.deflateSync('', { level: 1 }).toString('hex'),
                  zlib.deflateRawSync('').toString('hex'), zlib.inflateSync(zlib.deflateSync('')).length, zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length],
                constants: [zlib.constants.Z_BEST_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY, zlib.Z_DEFAULT_COMPRESSION, zlib.constants.Z_SYNC_FLUSH],
              });
            };
            """),
        // fetch against FetchUpstream: what a function sees of status, headers, redirects and bodies.
        Fixture("fetch-text-json-bytes", """
            module.exports = async (req, res) => {
              const u = req.query.u;
              const text = await fetch(u + '/text');
              const json = await fetch(u + '/json');
              const bytes = new Uint8Array(await (await fetch(u + '/bytes')).arrayBuffer());
              res.json({ status: text.status, ok: text.ok, statusText: text.statusText, type: text.headers.get('content-type'),
                text: await text.text(), json: await json.json(), bodyUsed: json.bodyUsed, bytes: Array.from(bytes) });
            };
            """, new DifferentialRequest(Query: "u={upstream}")),
        Fixture("fetch-streamed-body", """
            module.exports = async (req, res) => {
              const r = await fetch(req.query.u + '/stream');
              const reader = r.body.getReader();
              const decoder = new TextDecoder();
              let text = '';
              for (;;) { const { value, done } = await reader.read(); if (done) break; text += decoder.decode(value, { stream: true }); }
              let again;
              try { await r.text(); } catch (e) { again = e.name; }
              res.json({ text, again, locked: r.body.locked });
            };
            """, new DifferentialRequest(Query: "u={upstream}")),
        Fixture("fetch-redirects", """
            module.exports = async (req, res) => {
              const u = req.query.u;
              const target = u + '/redirect?status=302&to=' + encodeURIComponent('/text');
              const followed = await fetch(target);
              const manual = await fetch(target, { redirect: 'manual' });
              let error;
              try { await fetch(target, { redirect: 'error' }); } catch (e) { error = [e.name, e.message]; }
              const seeOther = await (await fetch(u + '/see-other', { method: 'POST', body: 'gone' })).json();
              const kept = await (await fetch(u + '/redirect?status=307&to=' + encodeURIComponent('/echo'), { method: 'POST', body: 'kept' })).json();
              res.json({ followed: [followed.status, followed.redirected, new URL(followed.url).pathname, await followed.text()],
                manual: [manual.status, manual.redirected, manual.headers.get('location')], error, seeOther, kept });
            };
            """, new DifferentialRequest(Query: "u={upstream}")),
        Fixture("fetch-headers-and-statuses", """
            module.exports = async (req, res) => {
              const u = req.query.u;
              const r = await fetch(u + '/headers');
              const missing = await fetch(u + '/missing');
              const h = new Headers([['X-B', '2'], ['x-a', '1']]);
              h.append('x-a', '3');
              res.json({ cookies: r.headers.getSetCookie(), multi: r.headers.get('x-multi'), has: r.headers.has('X-MULTI'),
                missing: [missing.status, missing.ok, await missing.text()], sorted: [...h], combined: h.get('x-a') });
            };
            """, new DifferentialRequest(Query: "u={upstream}")),
        Fixture("fetch-request-bodies", """
            module.exports = async (req, res) => {
              const echo = (init) => fetch(req.query.u + '/echo', { method: 'POST', ...init }).then((r) => r.json());
              res.json({
                json: await echo({ body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } }),
                text: await echo({ body: 'words' }),
                form: await echo({ body: new URLSearchParams({ q: 'a b', n: '1' }) }),
                bytes: await echo({ body: new Uint8Array([104, 105]) }),
                request: await fetch(new Request(req.query.u + '/echo', { method: 'PUT', body: 'from a Request' })).then((r) => r.json()),
                response: await new Response('made', { status: 201, headers: { 'x-k': 'v' } }).text(),
                json2: await Response.json({ x: 1 }).json(),
              });
            };
            """, new DifferentialRequest(Query: "u={upstream}")),
    ];
}
