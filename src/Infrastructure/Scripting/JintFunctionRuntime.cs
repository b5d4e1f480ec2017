using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Execution;
using Invoke.Infrastructure.Networking;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Runs functions in Jint (see docs/adr/0024): on an idle engine of the same function version when one is warm, else on
/// a new one. An engine goes back to the pool only after an invocation that ended cleanly; after an error, a timeout or
/// a limit it is discarded.
/// </summary>
internal sealed class JintFunctionRuntime(
    SandboxScripts scripts, WarmEngines engines, IOptions<ExecutionOptions> options, TimeProvider time,
    IFunctionKeyValueStore keyValueStore, EgressServices egress)
    : IFunctionRuntime
{
    public async Task<FunctionResponse> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var key = new WarmEngineKey(invocation.FunctionId, invocation.VersionId, invocation.Limits);
        var engine = engines.TryRent(key);
        if (engine is null)
        {
            try
            {
                engine = new SandboxEngine(key, invocation.Package, scripts, options.Value, time);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return FunctionResponse.Failed(
                    new InvocationFailure(InvocationFailureKind.CodeError, "The sandbox could not start: " + exception.Message), [], false);
            }
        }

        var reusable = false;
        try
        {
            using var run = new SandboxRun(invocation, engine, options.Value, time, keyValueStore, egress, cancellationToken);
            var response = await run.RunAsync(cancellationToken);
            reusable = run.EndedCleanly;
            return response;
        }
        finally
        {
            if (reusable)
            {
                engines.Return(engine);
            }
            else
            {
                engine.Dispose();
            }
        }
    }
}
