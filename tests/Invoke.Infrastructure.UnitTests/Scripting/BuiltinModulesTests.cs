using Invoke.Application.Runtime.Execution;
using Invoke.Infrastructure.Scripting;

namespace Invoke.Infrastructure.UnitTests.Scripting;

public sealed class BuiltinModulesTests
{
    [Fact]
    public async Task A_builtin_module_is_one_object_per_engine_whatever_the_prefix()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => res.json([require('events') === require('node:events'), require('util').types === require('util/types'), require('path') === require('path/posix')]);");

        Assert.Equal("[true,true,true]", response.Text());
    }

    [Fact]
    public async Task A_function_that_changes_a_builtin_module_changes_it_for_itself_only()
    {
        var runtime = Sandbox.Runtime();
        var tamper = Sandbox.Package("module.exports = (req, res) => { require('path').join = () => 'tampered'; require('events').prototype.emit = null; res.end(); };");
        var other = Sandbox.Package("module.exports = (req, res) => res.json([require('path').join('a', 'b'), typeof require('events').prototype.emit]);");

        await runtime.RunAsync(Invocation(tamper), CancellationToken.None);
        var response = await runtime.RunAsync(Invocation(other), CancellationToken.None);

        Assert.Equal("[\"a/b\",\"function\"]", response.Text());
    }

    [Fact]
    public async Task Os_reports_the_sandbox_and_nothing_of_the_host()
    {
        var response = await Sandbox.RunAsync(
            "const os = require('os'); module.exports = (req, res) => res.json([os.hostname(), os.homedir(), os.cpus().length, os.totalmem(), os.userInfo().username, os.networkInterfaces()]);");

        Assert.Equal("[\"invoke\",\"/app\",0,0,\"invoke\",{}]", response.Text());
    }

    [Fact]
    public async Task Native_path_errors_carry_nodes_code_and_type()
    {
        var response = await Sandbox.RunAsync(
            "module.exports = (req, res) => { try { require('path').dirname(42); } catch (e) { res.json([e instanceof TypeError, e.code, e.message]); } };");

        Assert.Equal("[true,\"ERR_INVALID_ARG_TYPE\",\"The \\\"path\\\" argument must be of type string. Received type number (42)\"]", response.Text());
    }

    [Fact]
    public async Task Hashes_left_open_are_bounded_per_engine_and_a_digest_releases_one()
    {
        var response = await Sandbox.RunAsync($$"""
            const crypto = require('crypto');
            module.exports = (req, res) => {
              const open = [];
              for (let i = 0; i < {{NativeHashes.MaxOpen}}; i++) open.push(crypto.createHash('md5'));
              let refused;
              try { crypto.createHash('md5'); } catch (e) { refused = e.message; }
              open[0].digest();
              res.json([refused, crypto.createHash('sha1').update('abc').digest('hex')]);
            };
            """);

        Assert.Equal(
            $"[\"Too many hashes in progress: at most {NativeHashes.MaxOpen} may be open at once\",\"a9993e364706816aba3e25717850c26c9cd0d89d\"]",
            response.Text());
    }

    [Fact]
    public async Task Inflating_more_than_a_quarter_of_the_memory_limit_fails_with_nodes_buffer_error()
    {
        using var compressed = new MemoryStream();
        using (var deflate = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize))
        {
            deflate.Write(new byte[20 * 1024 * 1024]);
        }

        var response = await Sandbox.RunAsync(
            $"const zlib = require('zlib'); module.exports = (req, res) => {{ try {{ zlib.inflateSync(Buffer.from('{Convert.ToBase64String(compressed.ToArray())}', 'base64')); }} catch (e) {{ res.json([e.code, e instanceof RangeError]); }} }};");

        Assert.Null(response.Failure);
        Assert.Equal("[\"ERR_BUFFER_TOO_LARGE\",true]", response.Text());
    }

    [Fact]
    public async Task Every_fs_write_fails_as_on_a_read_only_mount()
    {
        var response = await Sandbox.RunAsync(
            """
            const fs = require('fs');
            const failure = (e) => [e.code, e.errno, e.syscall, e.path, e.dest, e.message];
            const attempt = (fn) => { try { fn(); return 'wrote'; } catch (e) { return failure(e); } };
            module.exports = async (req, res) => res.json([
              attempt(() => fs.writeFileSync('/app/new.txt', 'x')), attempt(() => fs.mkdirSync('/app/dir')), attempt(() => fs.unlinkSync('/app/index.js')),
              attempt(() => fs.renameSync('/app/index.js', '/app/b.js')), attempt(() => fs.openSync('/app/index.js', 'a')), attempt(() => fs.accessSync('/app/index.js', fs.constants.W_OK)),
              await require('fs/promises').appendFile('/app/index.js', 'x').catch(failure),
              await new Promise((resolve) => fs.rm('/app/index.js', (e) => resolve(failure(e)))),
            ]);
            """);

        Assert.Equal(
            "[[\"EROFS\",-30,\"open\",\"/app/new.txt\",null,\"EROFS: read-only file system, open '/app/new.txt'\"]," +
            "[\"EROFS\",-30,\"mkdir\",\"/app/dir\",null,\"EROFS: read-only file system, mkdir '/app/dir'\"]," +
            "[\"EROFS\",-30,\"unlink\",\"/app/index.js\",null,\"EROFS: read-only file system, unlink '/app/index.js'\"]," +
            "[\"EROFS\",-30,\"rename\",\"/app/index.js\",\"/app/b.js\",\"EROFS: read-only file system, rename '/app/index.js' -> '/app/b.js'\"]," +
            "[\"EROFS\",-30,\"open\",\"/app/index.js\",null,\"EROFS: read-only file system, open '/app/index.js'\"]," +
            "[\"EROFS\",-30,\"access\",\"/app/index.js\",null,\"EROFS: read-only file system, access '/app/index.js'\"]," +
            "[\"EROFS\",-30,\"open\",\"/app/index.js\",null,\"EROFS: read-only file system, open '/app/index.js'\"]," +
            "[\"EROFS\",-30,\"rm\",\"/app/index.js\",null,\"EROFS: read-only file system, rm '/app/index.js'\"]]",
            response.Text());
    }

    [Fact]
    public async Task Fs_sees_the_package_at_app_and_nothing_outside_it()
    {
        var response = await Sandbox.RunAsync(
            """
            const fs = require('fs');
            const attempt = (fn) => { try { return fn(); } catch (e) { return [e.code, e.message]; } };
            module.exports = (req, res) => res.json([
              fs.readdirSync('/app'), fs.readFileSync('lib/a.txt', 'utf8'), fs.existsSync('/etc/passwd'), attempt(() => fs.readFileSync('/etc/passwd')),
              attempt(() => fs.readdirSync('/')), attempt(() => fs.statSync('/app/../etc')), fs.realpathSync('.'),
            ]);
            """,
            files: [("lib/a.txt", "a")]);

        Assert.Equal(
            "[[\"index.js\",\"lib\"],\"a\",false,[\"ENOENT\",\"ENOENT: no such file or directory, open '/etc/passwd'\"]," +
            "[\"ENOENT\",\"ENOENT: no such file or directory, scandir '/'\"],[\"ENOENT\",\"ENOENT: no such file or directory, stat '/app/../etc'\"],\"/app\"]",
            response.Text());
    }

    [Fact]
    public async Task Watching_a_file_is_refused_clearly()
    {
        var response = await Sandbox.RunAsync(
            "const fs = require('fs'); module.exports = (req, res) => { try { fs.watch('/app/index.js'); } catch (e) { res.json([e.code, e.message]); } };");

        Assert.Equal("[\"ERR_NOT_SUPPORTED\",\"fs.watch() is not supported in Invoke functions\"]", response.Text());
    }

    [Theory]
    [InlineData("", "abc")]
    [InlineData("p=1", "xy")]
    public async Task A_stream_pipes_into_the_response(string query, string expected)
    {
        var response = await Sandbox.RunAsync(
            "const { Readable, pipeline } = require('stream'); module.exports = (req, res) => req.query.p ? pipeline(Readable.from(['x', 'y']), res, () => {}) : Readable.from(['a', 'b', 'c']).pipe(res);",
            Sandbox.Request(query: query));

        Assert.Null(response.Failure);
        Assert.Equal(expected, response.Text());
    }

    private static FunctionInvocation Invocation(PackageFiles package) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), package, new Dictionary<string, string>(), Sandbox.Request(),
            new InvocationLimits(TimeSpan.FromSeconds(5), 64L * 1024 * 1024));
}
