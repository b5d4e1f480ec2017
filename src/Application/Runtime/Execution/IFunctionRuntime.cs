namespace Invoke.Application.Runtime.Execution;

/// <summary>
/// Runs one invocation of a function's package. The engine behind it is an implementation detail of Infrastructure:
/// an in-process interpreter today, possibly an out-of-process tier for CPU-bound functions later.
/// </summary>
/// <remarks>
/// Never throws for what the function's code does (errors, limits, timeouts): those come back as
/// <see cref="FunctionResponse.Failure"/>. It throws <see cref="OperationCanceledException"/> only when the caller's
/// token is cancelled.
/// </remarks>
public interface IFunctionRuntime
{
    Task<FunctionResponse> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken);
}
