namespace Invoke.Application.Runtime.Commands.RecordExecutions;

/// <param name="Written">Logs written, each counted in its function's <c>execution_count</c>.</param>
/// <param name="Invalid">Records a log refuses (a negative duration, a time that is not UTC, no method).</param>
/// <param name="OfDeletedFunctions">Records of functions that no longer exist.</param>
public sealed record RecordedExecutionsDto(int Written, int Invalid, int OfDeletedFunctions);
