namespace Invoke.Application.Runtime.Queries.GetExecutionLimits;

/// <summary>The limits one invocation of a function runs with.</summary>
/// <param name="Timeout">The wall-clock deadline of the whole invocation, synchronous and asynchronous work alike.</param>
/// <param name="MemoryBytes">The memory the invocation may allocate.</param>
public sealed record ExecutionLimitsDto(TimeSpan Timeout, long MemoryBytes);
