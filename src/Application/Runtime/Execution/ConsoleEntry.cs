namespace Invoke.Application.Runtime.Execution;

/// <summary>One captured <c>console</c> call of an invocation.</summary>
public sealed record ConsoleEntry(string Level, string Message, DateTime Timestamp);
