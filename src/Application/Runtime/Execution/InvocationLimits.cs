namespace Invoke.Application.Runtime.Execution;

/// <param name="Timeout">Wall clock for the whole invocation, synchronous and asynchronous work alike.</param>
/// <param name="MemoryBytes">What one invocation may allocate in one uninterrupted run of script.</param>
public sealed record InvocationLimits(TimeSpan Timeout, long MemoryBytes);
