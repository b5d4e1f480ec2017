namespace Invoke.Application.Runtime.Execution;

/// <summary>
/// One console call of a function: its level (<c>log</c>, <c>info</c>, <c>warn</c>, <c>error</c>, <c>debug</c>), its
/// formatted text and when it happened (UTC).
/// </summary>
public sealed record ConsoleEntry(string Level, string Message, DateTime Timestamp);
