using Jint;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Stops script when the running invocation's token is cancelled (its deadline, or the caller gone). Jint's own
/// cancellation constraint takes one token for the engine's life; an engine that serves one invocation after another
/// needs the token of each.
/// </summary>
internal sealed class InvocationCancellation : Constraint
{
    public CancellationToken Token { get; set; }

    public override void Check()
    {
        if (Token.IsCancellationRequested)
        {
            throw new ExecutionCanceledException();
        }
    }

    public override void Reset()
    {
    }
}
