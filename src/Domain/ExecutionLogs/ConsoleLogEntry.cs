namespace Invoke.Domain.ExecutionLogs;

/// <summary>One line a function wrote to its console (<c>console.log</c> is level <c>log</c>), at a UTC time.</summary>
public sealed record ConsoleLogEntry(string Level, string Message, DateTime Timestamp);
