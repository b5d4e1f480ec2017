namespace Invoke.Application.Common.Exceptions;

/// <summary>404. The message is the wire message, e.g. <c>Function not found</c>.</summary>
public sealed class NotFoundException(string message) : Exception(message);
