using System.Text;
using Invoke.Application.Functions.Packages;
using Invoke.Application.Runtime.Execution;

namespace Invoke.Api.Execution;

/// <summary>
/// Runs one trivial function when the execution role starts: the first run of the engine in a process costs about a
/// second of JIT compilation, which would otherwise land on the first caller.
/// </summary>
internal sealed class RuntimeWarmUp(IFunctionRuntime runtime, TimeProvider time, ILogger<RuntimeWarmUp> logger) : BackgroundService
{
    private static readonly PackageFiles WarmUpPackage = PackageFiles.From(
        "warm-up",
        [PackageEntry.File("index.js", Encoding.UTF8.GetBytes("module.exports = async (req, res) => res.json({ ok: true, path: req.path });"))]);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        var response = await runtime.RunAsync(
            new FunctionInvocation(
                Guid.Empty, Guid.Empty, Guid.Empty, WarmUpPackage, new Dictionary<string, string>(),
                new InvocationRequest("GET", "/", "", "http", "localhost", null, [], [], new Dictionary<string, string>()),
                new InvocationLimits(TimeSpan.FromSeconds(30), 64L * 1024 * 1024)),
            stoppingToken);
        logger.LogInformation(
            "Function runtime warmed up in {Milliseconds:0} ms (status {Status})",
            time.GetElapsedTime(started).TotalMilliseconds, response.StatusCode);
    }
}
