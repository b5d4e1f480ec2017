using Invoke.Application.Runtime.Execution;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.Scripting;

/// <summary>Runs functions in Jint, a fresh engine per invocation (see docs/adr/0024).</summary>
internal sealed class JintFunctionRuntime(SandboxScripts scripts, IOptions<ExecutionOptions> options, TimeProvider time)
    : IFunctionRuntime
{
    public async Task<FunctionResponse> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        using var run = new SandboxRun(invocation, scripts, options.Value, time, cancellationToken);
        return await run.RunAsync(cancellationToken);
    }
}
