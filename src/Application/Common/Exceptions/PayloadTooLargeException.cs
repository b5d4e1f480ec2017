namespace Invoke.Application.Common.Exceptions;

/// <summary>413: an upload, or what it expands to, is over a configured limit.</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
