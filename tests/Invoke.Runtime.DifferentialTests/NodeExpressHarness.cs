using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Invoke.Runtime.DifferentialTests;

/// <summary>
/// One Node process serving every fixture with Express 5 (tests/differential/harness.js), shared by the tests. Node and
/// the harness's packages must be installed (<c>.ci/run</c> does it); without them the tests fail, they are not skipped.
/// </summary>
public sealed class NodeExpressHarness : IAsyncLifetime
{
    private readonly string _fixtures = Directory.CreateTempSubdirectory("invoke-differential-").FullName;
    private Process? _node;

    public HttpClient Client { get; private set; } = null!;

    public static string HarnessDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "differential");
                if (File.Exists(Path.Combine(candidate, "harness.js")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("tests/differential/harness.js not found above the test binaries.");
        }
    }

    public async Task InitializeAsync()
    {
        foreach (var fixture in DifferentialFixtures.All)
        {
            var directory = Directory.CreateDirectory(Path.Combine(_fixtures, fixture.Name));
            foreach (var (name, content) in fixture.Files)
            {
                var path = Path.Combine(directory.FullName, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, content);
            }
        }

        if (!Directory.Exists(Path.Combine(HarnessDirectory, "node_modules", "express")))
        {
            throw new InvalidOperationException("Run 'npm ci' in tests/differential first (.ci/run does).");
        }

        var port = FreePort();
        _node = Process.Start(new ProcessStartInfo("node", ["harness.js", _fixtures, port.ToString()])
        {
            WorkingDirectory = HarnessDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node did not start.");
        var ready = await _node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "listening")
        {
            throw new InvalidOperationException("The Node harness did not start: " + await _node.StandardError.ReadToEndAsync());
        }

        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_node is { HasExited: false })
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        _node?.Dispose();
        Directory.Delete(_fixtures, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
